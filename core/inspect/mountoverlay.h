// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

// What a config's mounts, linux.maskedPaths and linux.readonlyPaths make of
// the tree the container's process sees, worked out from the config alone,
// as runc applies them: the mounts in config order, each over what was there
// (so a later mount on the same or a parent destination hides an earlier
// one), then the read-only and the masked paths. Paths are bytes inside the
// container: "/dev/pts".
class MountOverlay
{
public:
    struct Mount
    {
        int index = -1;         // in /mounts
        QByteArray destination; // normalized: "/dev/pts"
        QString type;           // as written; "bind" for a bind mount without one
        QString source;         // as written
        QString hostSource;     // a bind mount's host path, resolved against the bundle
        QStringList options;
        bool bind = false;
        bool readOnly = false;
    };
    // Which earlier mounts and which part of the root filesystem a mount covers.
    struct Hidden
    {
        QList<int> mounts;           // indexes in /mounts
        bool rootFilesystem = false; // the root filesystem's destination and all below it
    };

    // What runc makes in /dev after the mounts unless /dev is bound from
    // the host: its default devices, linux.devices and a few links.
    struct RuntimeEntry
    {
        QByteArray path;
        quint32 mode = 0;
        quint64 deviceNumber = 0;
        QByteArray linkTarget;
        int device = -1; // in linux.devices; -1 for runc's own
    };

    static MountOverlay fromConfig(const Json &config, const QString &bundleDirectory);

    const QList<Mount> &mounts() const { return m_mounts; }
    const Mount *mount(int index) const;
    // The mount that provides path: the last in config order on path or a
    // parent of it; -1 for the root filesystem.
    int providerOf(const QByteArray &path) const;
    // The masked path that path is or lies below; empty when it is not masked.
    QByteArray maskOf(const QByteArray &path) const;
    // Its position in linux.maskedPaths; -1 when path is not masked.
    int maskIndexOf(const QByteArray &path) const;
    // Whether the process cannot write at path: its mount's ro option,
    // root.readonly for the root filesystem, a readonlyPaths entry on it or
    // above, or a mask.
    bool isReadOnly(const QByteArray &path) const;
    // The readonlyPaths entry that path is or lies below; empty when none.
    QByteArray readOnlyPathOf(const QByteArray &path) const;
    // The entry the runtime makes at path; nullptr when it makes none.
    const RuntimeEntry *runtimeEntry(const QByteArray &path) const;
    Hidden hiddenBy(int index) const;
    // The first later mount that covers this one; -1 when it is seen.
    int hiddenUnder(int index) const;
    // The names directly below path that the destination of a mount seen
    // there or an entry the runtime makes passes through ("dev" below "/"
    // for a mount on /dev/pts), with
    // the masked and read-only paths when withPathLists: those the runtime
    // finds in a filesystem that is not read here, such as /proc.
    QByteArrayList namesBelow(const QByteArray &path, bool withPathLists) const;

    // "/a//b/" -> "/a/b"; relative paths count from "/".
    static QByteArray normalized(const QString &path);
    // Whether path is ancestor itself or lies below it.
    static bool isUnder(const QByteArray &path, const QByteArray &ancestor);

private:
    void readMounts(const Json &mounts, const QString &bundleDirectory);

    QList<Mount> m_mounts;
    QByteArrayList m_masked;
    QByteArrayList m_readOnlyPaths;
    QList<RuntimeEntry> m_runtimeEntries;
    bool m_rootReadOnly = false;
};
