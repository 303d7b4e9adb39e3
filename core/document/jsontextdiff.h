// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonedit.h"

class SpecDocument;

#include <QList>
#include <QString>
#include <QStringView>

// What the text view needs to turn a typed document into an edit: the
// parsed text, and the fewest ordinary edits that make one tree the other.
namespace JsonTextDiff {

struct ParseError
{
    QString message;      // translated, with line and column
    qsizetype offset = 0; // UTF-16 position of the offending character
};

// Parses a whole document as typed. On failure returns false and fills
// *error; values nested deeper than maxDepth, and anything but an object
// at the top, are refused too.
bool parse(const QString &text, int maxDepth, Json *result, ParseError *error);

// The edits that turn before into after, for JsonEdits' order: a changed
// scalar is one Set; members removed, members added at an object's end,
// elements removed from one stretch of an array and elements appended are
// Removes, Sets and Appends of their own. Where those cannot keep the
// member order (a renamed key, an element inserted in the middle), the
// smallest enclosing container is set as a whole. Empty when equal.
QList<JsonEdit> edits(const Json &before, const Json &after);
// The same for the value at pointer: the edits name pointers below it.
QList<JsonEdit> edits(const Json &before, const Json &after, const JsonPointer &pointer);

// Parses one value typed in place of another, as part of a text that parsed
// before; false, without a message, for anything but one whole value.
bool parseValue(QStringView text, int maxDepth, Json *result);

// Makes document's content typed as one undo step: a single changed value
// through SpecDocument::setValue (so a burst of typing in one value merges
// into one step), anything more as one EditListCommand. Returns the number
// of edits; 0 pushes nothing.
qsizetype apply(SpecDocument *document, const Json &typed);
// Pushes edits as apply() would.
void apply(SpecDocument *document, const QList<JsonEdit> &edits);

} // namespace JsonTextDiff
