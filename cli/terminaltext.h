// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace TerminalText {

// text with every control character spelled out visibly -- "\x1b" for ESC,
// "\n" for a line feed, "\u202e" for a bidirectional override -- so that a
// string from a file (a key, a value quoted in a message) can neither
// drive the terminal it is printed on nor break or disguise a line.
QString visible(const QString &text);

} // namespace TerminalText
