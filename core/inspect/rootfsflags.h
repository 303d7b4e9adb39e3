// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rootfsentry.h"

#include <QFlags>
#include <QStringList>

class UserNamespaceMap;

// What in a root filesystem is worth a second look, and why, in a few words.
namespace RootfsFlags {

enum Flag {
    SetUid = 0x1,        // a setuid executable
    SetGid = 0x2,        // a setgid executable
    WorldWritable = 0x4, // a file, or a directory without the sticky bit, that anyone may write
    DeviceNode = 0x8,
    EscapingLink = 0x10,  // a relative target that climbs above the root
    AbsoluteLink = 0x20,  // the host would follow it out of the root filesystem
    UnmappedOwner = 0x40, // the user namespace does not map the owner
    UnmappedGroup = 0x80,
};
Q_DECLARE_FLAGS(Flags, Flag)

// directory: the path inside the root of the directory that holds entry.
Flags of(const RootfsEntry &entry, const QByteArray &directory, const UserNamespaceMap &map);
// One short translated reason per flag.
QStringList reasons(Flags flags);

// Whether a link's target, read in directory, climbs above the root when
// taken as text ("..", not what the names are).
bool climbsAboveRoot(const QByteArray &directory, const QByteArray &target);
// Where a target lands inside the root, taken as text: "/" for "../../..";
// absolute targets start at the root, as in the container.
QByteArray resolveInsideRoot(const QByteArray &directory, const QByteArray &target);

} // namespace RootfsFlags

Q_DECLARE_OPERATORS_FOR_FLAGS(RootfsFlags::Flags)
