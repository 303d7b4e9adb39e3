// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "json.h"

#include <QList>
#include <QString>

// One change of a document, described rather than done: set a value
// (creating missing parent objects), remove one, or append to an array
// (creating the array when it is missing). A list of them is what a
// security fix proposes. The window applies a list as one undo step of the
// ordinary edit commands (EditListCommand), the command line to a file's
// tree (JsonEdits::apply); both take it in the order JsonEdits::ordered()
// gives and create missing members alike (ValuePlacement).
struct JsonEdit
{
    enum class Kind { Set, Remove, Append };

    Kind kind = Kind::Set;
    JsonPointer pointer; // Set: the value's place; Remove: what goes; Append: the array
    Json value;          // Set and Append

    static JsonEdit set(const JsonPointer &pointer, const Json &value);
    static JsonEdit remove(const JsonPointer &pointer);
    static JsonEdit append(const JsonPointer &array, const Json &value);

    bool operator==(const JsonEdit &other) const;
};

namespace JsonEdits {

// The order in which a list can be applied one edit after the other with
// every pointer still naming what it named in the unedited document: sets
// and appends as given (neither moves an element), then removals from the
// last array element to the first. Duplicates, and removals inside a value
// that is removed as a whole, are dropped.
QList<JsonEdit> ordered(const QList<JsonEdit> &edits);

// Applies ordered(edits) to *root with the semantics of the undo commands.
// When an edit cannot apply (a removal of nothing, a set below a scalar, an
// append to what is not an array) fails, saying why, and leaves *root as it
// was.
Result<void> apply(Json *root, const QList<JsonEdit> &edits);

// "Set /process/noNewPrivileges to true", translated; values in compact JSON.
QString describe(const JsonEdit &edit);

// {"op": "set"|"remove"|"append", "pointer": "...", "value": ...}
Json toJson(const JsonEdit &edit);

} // namespace JsonEdits
