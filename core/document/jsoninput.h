// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"

#include <QByteArrayView>
#include <QString>

// JSON text a user typed (the value argument of `set`), taken only when it
// can be stored exactly as written: what is saved must mean what was typed.
namespace JsonInput {

// Parses text as one JSON value. Refuses, saying why, text that is not
// UTF-8 (checked on the raw bytes, before anything replaces them), is not
// JSON, nests deeper than maxDepth, or holds a number the file cannot keep:
// an integer beyond int64 and uint64, a number beyond a double, or a
// decimal a double would round.
Result<Json> parseValue(QByteArrayView text, int maxDepth);

// True when two JSON number spellings denote the same decimal number:
// "1e3" and "1000.0", "1.50" and "1.5"; not "0.1000000000000000000001" and "0.1".
bool sameDecimal(std::string_view a, std::string_view b);

} // namespace JsonInput
