// SPDX-License-Identifier: Apache-2.0
#include "rootfsflags.h"

#include "usernamespacemap.h"

#include <QCoreApplication>

#include <sys/stat.h>

namespace RootfsFlags {

namespace {

// Walks target's names from directory; returns false when ".." climbs above the root.
bool walk(const QByteArray &directory, const QByteArray &target, QByteArrayList &parts)
{
    parts.clear();
    if (!target.startsWith('/')) {
        for (const QByteArray &part : directory.split('/')) {
            if (!part.isEmpty())
                parts << part;
        }
    }
    bool inside = true;
    for (const QByteArray &part : target.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part != "..")
            parts << part;
        else if (!parts.isEmpty())
            parts.removeLast();
        else
            inside = false;
    }
    return inside;
}

} // namespace

bool climbsAboveRoot(const QByteArray &directory, const QByteArray &target)
{
    QByteArrayList parts;
    return !walk(directory, target, parts);
}

QByteArray resolveInsideRoot(const QByteArray &directory, const QByteArray &target)
{
    QByteArrayList parts;
    walk(directory, target, parts);
    return '/' + parts.join('/');
}

Flags of(const RootfsEntry &entry, const QByteArray &directory, const UserNamespaceMap &map)
{
    Flags flags;
    const bool executable = entry.isRegularFile() && (entry.mode & 0111) != 0;
    if (executable && (entry.mode & S_ISUID))
        flags |= SetUid;
    if (executable && (entry.mode & S_ISGID))
        flags |= SetGid;
    // A link's own mode is always 0777 and means nothing.
    if (!entry.isSymlink() && (entry.mode & S_IWOTH) && !(entry.isDirectory() && (entry.mode & S_ISVTX)))
        flags |= WorldWritable;
    if (entry.isDevice())
        flags |= DeviceNode;
    if (entry.isSymlink()) {
        if (entry.linkTarget.startsWith('/'))
            flags |= AbsoluteLink;
        else if (climbsAboveRoot(directory, entry.linkTarget))
            flags |= EscapingLink;
    }
    if (!map.mapsUid(entry.uid))
        flags |= UnmappedOwner;
    if (!map.mapsGid(entry.gid))
        flags |= UnmappedGroup;
    return flags;
}

QStringList reasons(Flags flags)
{
    QStringList texts;
    const auto add = [&](Flag flag, const char *text) {
        if (flags & flag)
            texts << QCoreApplication::translate("RootfsFlags", text);
    };
    add(SetUid, QT_TRANSLATE_NOOP("RootfsFlags", "setuid executable: runs as its owner"));
    add(SetGid, QT_TRANSLATE_NOOP("RootfsFlags", "setgid executable: runs with its group"));
    add(WorldWritable, QT_TRANSLATE_NOOP("RootfsFlags", "anyone may write it"));
    add(DeviceNode, QT_TRANSLATE_NOOP("RootfsFlags", "device node"));
    add(EscapingLink, QT_TRANSLATE_NOOP("RootfsFlags", "link target climbs out of the root filesystem"));
    add(AbsoluteLink,
        QT_TRANSLATE_NOOP("RootfsFlags", "absolute link: followed on the host, it leaves the root filesystem"));
    add(UnmappedOwner, QT_TRANSLATE_NOOP("RootfsFlags", "owner not mapped by the user namespace"));
    add(UnmappedGroup, QT_TRANSLATE_NOOP("RootfsFlags", "group not mapped by the user namespace"));
    return texts;
}

} // namespace RootfsFlags
