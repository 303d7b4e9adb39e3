// SPDX-License-Identifier: Apache-2.0
#include "jsonfieldwriter.h"

Json JsonFieldWriter::finish(const Json &extra) &&
{
    if (extra.is_object()) {
        for (const auto &[key, value] : extra.items()) {
            if (!m_object.contains(key))
                m_object[key] = value;
        }
    }
    return std::move(m_object);
}
