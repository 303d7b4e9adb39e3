// SPDX-License-Identifier: Apache-2.0
#include "pointerpath.h"

#include "document/json.h"

std::string PointerPath::spell() const
{
    std::string text;
    for (const Step &step : m_steps) {
        text.push_back('/');
        if (!step.key.data()) {
            text.append(std::to_string(step.index));
            continue;
        }
        for (const char c : step.key) {
            if (c == '~')
                text.append("~0");
            else if (c == '/')
                text.append("~1");
            else
                text.push_back(c);
        }
    }
    return text;
}

QString PointerPath::toString() const
{
    return JsonUtil::toQString(spell());
}

QString PointerPath::child(std::string_view name) const
{
    std::string text = spell();
    text.push_back('/');
    text.append(name);
    return JsonUtil::toQString(text);
}
