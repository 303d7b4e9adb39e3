// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string_view>

// The one way the product replaces a file. The new bytes go to a temporary
// file beside the target; only when every byte was written, flushed and
// synced does a rename put it in place, so the target holds either all of
// its old bytes or all of the new ones, whatever fails (a full disk, a read-
// only directory, a kill). The replacement keeps the old file's mode bits
// (setuid and setgid included), owner, group and extended attributes (an
// SELinux label, ACLs). Errors carry the operating system's reason.
//
// Links: a target that is a symbolic link is written through, to the file it
// names, only while that file lies inside the boundary directory (by default
// the directory of the path given). A link out of it is refused unless
// allowed, so that saving a bundle never writes outside the bundle. A file
// with several hard links becomes a new file, which the other names do not
// share: inspect() tells beforehand so that a caller can ask or warn.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    // What writing to a path would do, found out before writing.
    struct Target
    {
        QString path;     // the path given, absolute
        QString resolved; // the file that will be replaced or created
        bool exists = false;
        bool isLink = false;   // path is a symbolic link
        bool outside = false;  // resolved lies outside the boundary
        quint64 hardLinks = 0; // names of the existing file, 0 when none
        QString error;         // why it cannot be written at all, else empty
    };

    explicit AtomicFileWriter(const QString &path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter &) = delete;
    AtomicFileWriter &operator=(const AtomicFileWriter &) = delete;

    // Where a linked target must lie; empty means the directory of the path.
    void setBoundary(const QString &directory) { m_boundary = directory; }
    // Write through a link even when it leads outside the boundary (the user
    // was asked and agreed).
    void setAllowOutsideBoundary(bool allow) { m_allowOutside = allow; }

    static Target inspect(const QString &path, const QString &boundary = QString());

    // Creates the temporary file. False, with errorString(), when the target
    // cannot be written (a link out of the boundary, a directory, no rights).
    bool open();
    // Appends bytes; after the first failure every call returns false.
    bool write(std::string_view bytes);
    bool write(const QByteArray &bytes) { return write(std::string_view(bytes.constData(), size_t(bytes.size()))); }
    // Syncs, keeps the old file's metadata and renames over the target. On
    // failure the target is untouched and the temporary file is removed.
    bool commit();
    // Drops the temporary file; the target stays as it was.
    void cancel();

    QString errorString() const { return m_error; }
    // What a successful commit could not keep (the owner, an attribute) or
    // changed (a hard link broken), one translated sentence each.
    QStringList warnings() const { return m_warnings; }
    // The file written: the path, or the file its link names.
    QString targetPath() const { return m_target.resolved; }

    // Writes data to path in one go; a successful write yields its warnings().
    static Result<QStringList> writeFile(const QString &path, const QByteArray &data);

private:
    bool fail(const QString &reason);
    bool failErrno(int error);
    bool keepMetadata();

    QString m_path;
    QString m_boundary;
    bool m_allowOutside = false;
    Target m_target;
    QString m_temporary;
    int m_fd = -1;
    bool m_failed = false;
    QString m_error;
    QStringList m_warnings;
};
