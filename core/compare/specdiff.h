// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One difference between two configs, as a person reads it: what happened
// at which field, with the values on both sides.
struct SpecChange
{
    enum class Kind {
        Added,
        Removed,
        Changed,
        // A list element found by its key at another place, where order
        // matters (mounts, hooks) or Options::reportOrder asks.
        Moved,
        // An object's members in another order (Options::reportOrder only).
        Reordered,
    };

    Kind kind = Kind::Changed;
    // Where the change is in the first config; for an addition, the
    // container there that lacks the value.
    JsonPointer oldPointer;
    // Where it is in the second config; for a removal, the container there.
    JsonPointer newPointer;
    Json oldValue; // for Reordered: the member names in the first config's order
    Json newValue;
    // What names the list element the change is in: "destination /data",
    // "type network", "PATH" (an env entry's name); empty outside such lists.
    QString key;
    // The catalogue's title of the field ("Argument"); the key itself for
    // a field the catalogue does not know.
    QString title;
    // Its place in titles from the top: "Mounts › /data › Options".
    QString location;

    // The pointer to show: the removal's in the first config, else the
    // second's.
    const JsonPointer &pointer() const { return kind == Kind::Removed ? oldPointer : newPointer; }
    bool hasOldValue() const { return kind != Kind::Added; }
    bool hasNewValue() const { return kind != Kind::Removed; }
    // A changed value of another JSON type (1 vs "1"; 1 vs 1.0 is no change).
    bool typeChanged() const;
};

// A semantic diff of two runtime-spec configs. Members compare by name,
// whatever their order and layout; numbers by value (1 equals 1.0). Lists
// whose elements have a natural key are matched by it -- mounts by
// destination, namespaces and rlimits by type, env entries by NAME, devices
// by path, hooks by path and args -- so one inserted mount is one
// addition; other lists are aligned by their longest common subsequence
// (index by index beyond a few thousand elements each).
class SpecDiff
{
    Q_DECLARE_TR_FUNCTIONS(SpecDiff)

public:
    struct Options
    {
        // Also report members in another order and keyed list elements moved
        // where their order does not matter (env, namespaces, ...).
        bool reportOrder = false;
    };

    // The changes from `before` to `after`, in document order.
    static QList<SpecChange> compute(const Json &before, const Json &after, Options options);
    static QList<SpecChange> compute(const Json &before, const Json &after) { return compute(before, after, {}); }

    // Equal as JSON values: members in any order, numbers by value.
    static bool sameValue(const Json &a, const Json &b);

    // "add", "remove", "change", "move", "reorder": the op of the JSON output.
    static QString opName(SpecChange::Kind kind);
    // "Added", "Removed", ... for people (translated).
    static QString kindText(SpecChange::Kind kind);
};
