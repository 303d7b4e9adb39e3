// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"

#include <QCoreApplication>
#include <QString>

// Where setting a value at a pointer puts it, worked out before anything
// changes: the value replaces what is there, or goes into the deepest
// container that exists, wrapped in the objects missing on the way
// (/linux/seccomp/defaultAction on a config without seccomp adds the
// member "seccomp" to /linux, holding {"defaultAction": value}). The
// window's SetValueCommand and the command line's `set` both place values
// through this, so that they create and refuse alike.
class ValuePlacement
{
    Q_DECLARE_TR_FUNCTIONS(ValuePlacement)

public:
    // Fails, saying why, where the pointer can name no place in root: through
    // a scalar, through an array index past the end, through "-" under a new
    // object (it appends only to an array that exists), or deeper than a
    // configuration may nest with value there. The whole document must stay
    // an object. Linear in the pointer's length.
    static Result<ValuePlacement> plan(const Json &root, const JsonPointer &pointer, const Json &value);

    // True when the pointer names a value already, which is replaced.
    bool replaces() const { return m_replaces; }
    // The container that gains a member or element (when !replaces()).
    const JsonPointer &container() const { return m_container; }
    // The new member's key in an object container; empty for an array.
    const std::string &key() const { return m_key; }
    // The node replaced or added: the pointer itself, or its topmost new
    // ancestor ("/linux/seccomp" above).
    const JsonPointer &placed() const { return m_placed; }
    // What goes at placed(): value inside the objects that were missing.
    Json wrap(Json value) const;

    // Carries the plan out on a plain tree (the command line holds no
    // document); plan() must have been made for this root.
    void applyTo(Json &root, Json value) const;

private:
    bool m_replaces = false;
    JsonPointer m_container;
    std::string m_key;
    JsonPointer m_placed;
    std::vector<std::string> m_missing; // the keys below placed(), outermost first
};
