// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <string>
#include <vector>

// Where specs-go declares the members of the objects the bundle API writes
// into. A member the API adds lands where Go's encoder, and so `runc spec`,
// would write it; the members already there keep their places, so a loaded
// file changes only where it was edited.
class SpecMemberOrder
{
public:
    // The members of the object at pointer ("" for the root, "/linux",
    // "/linux/resources", ...) in specs-go order; empty for an object it
    // does not describe.
    static const std::vector<std::string> &membersOf(const std::string &pointer);

    // object[key], where object is the one at pointer. A missing member is
    // inserted (as null) before the first member specs-go declares after it,
    // else appended. Members specs-go does not know (vendor ones, newer
    // spec versions') are passed over when choosing the place.
    static Json &member(Json &object, const std::string &pointer, const std::string &key);
};
