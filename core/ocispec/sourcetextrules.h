// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QByteArray>
#include <QCoreApplication>

#include <string_view>

class SpecCatalogue;

// What runc refuses in the bytes of config.json although nlohmann, and so
// the parsed tree, accepts it: runc decodes with Go's encoding/json into
// typed structs, which rejects a byte order mark and "-0" for an unsigned
// field. (Fractions and exponents where an integer belongs arrive as
// floating-point numbers and are type errors of the catalogue check.) One
// pass over the text; pointers are spelled only for findings.
class SourceTextRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    SourceTextRules(const SpecCatalogue &catalogue, FindingSink *sink);

    void check(const QByteArray &text);

private:
    struct Step
    {
        std::string_view key; // the key as written, escapes and all; null data for an array
        size_t index = 0;
    };

    void checkNumber(std::string_view token, const std::vector<Step> &path);
    static QString pointerOf(const std::vector<Step> &path);

    const SpecCatalogue &m_catalogue;
    FindingSink *m_sink;
};
