// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "compare/specdiff.h"

#include <QCoreApplication>
#include <QString>

// A diff written out, one line or one JSON object per change, for the
// command line's `diff` and for anything that copies changes as text.
class SpecDiffReport
{
    Q_DECLARE_TR_FUNCTIONS(SpecDiffReport)

public:
    // `~ /process/args/0  Argument  "sh" → "bash"`, `+ /mounts/3 (destination
    // /data)  Mount  {…}`, `- …`, `> …  moved from /mounts/0`, `= …` (order).
    static QString textLine(const SpecChange &change);
    // One object per change: op, path, title, the old and the new value
    // (absent for an addition and a removal), the element's key if any,
    // "from" for a move, and the location in titles.
    static Json toJson(const QList<SpecChange> &changes);

    // "+", "-", "~", ">", "=".
    static QString sigil(SpecChange::Kind kind);
    // A value on one line as JSON; a container longer than a glance as
    // {…} or […].
    static QString valueText(const Json &value);
    // The pointer as text; the whole config's empty one named in words.
    static QString pointerText(const JsonPointer &pointer);
};
