// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// One name of a root filesystem as lstat(2) sees it: a link is the link
// itself, never what it points to.
struct RootfsEntry
{
    QByteArray name; // the bytes the directory lists, not decoded
    quint32 mode = 0;
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 size = 0;
    quint64 deviceNumber = 0; // st_rdev, for device nodes
    QByteArray linkTarget;    // as written in the link

    bool isDirectory() const;
    bool isRegularFile() const;
    bool isSymlink() const;
    bool isDevice() const;
    quint32 deviceMajor() const;
    quint32 deviceMinor() const;
    QString displayName() const;
    // The kind of file, translated ("Directory", "Symbolic link", …).
    QString typeName() const;

    // "drwxr-xr-x", with s/S for setuid and setgid and t/T for sticky, as ls -l writes it.
    static QString modeString(quint32 mode);
};
