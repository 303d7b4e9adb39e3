// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The interpreters registered with binfmt_misc, through which the kernel
// runs programs it cannot run itself: qemu-user for another machine's
// programs, wine, Java. Read once from the proc directory.
class BinfmtHandlers
{
public:
    struct Handler
    {
        QString name;        // the entry's file name, e.g. "qemu-aarch64"
        QString interpreter; // e.g. "/usr/bin/qemu-aarch64-static"
        // Flag F: the kernel opened the interpreter when it was registered,
        // so the container needs no copy of it.
        bool fixBinary = false;
    };

    static QString defaultDirectory() { return QStringLiteral("/proc/sys/fs/binfmt_misc"); }

    explicit BinfmtHandlers(const QString &directory = defaultDirectory());

    // The first enabled handler whose magic matches head (the file's first
    // bytes, up to 256) or whose extension matches the end of path.
    std::optional<Handler> handlerFor(const QByteArray &head, const QString &path) const;
    // Everything read, to tell whether the registrations changed.
    QByteArray signature() const { return m_signature; }

private:
    struct Entry
    {
        Handler handler;
        bool byExtension = false;
        QString extension;
        qsizetype offset = 0;
        QByteArray magic;
        QByteArray mask;
    };

    QList<Entry> m_entries;
    QByteArray m_signature;
};
