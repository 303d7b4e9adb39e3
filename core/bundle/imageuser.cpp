// SPDX-License-Identifier: Apache-2.0
#include "imageuser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

// The colon-separated lines of a file in the rootfs. A file that resolves
// outside the rootfs (an absolute link) is not read: it would be the host's.
QList<QStringList> entries(const QString &rootfsDirectory, const char *relativePath)
{
    const QString root = QFileInfo(rootfsDirectory).canonicalFilePath();
    const QString path = QFileInfo(QDir(rootfsDirectory).filePath(QLatin1String(relativePath))).canonicalFilePath();
    if (root.isEmpty() || path.isEmpty() || !path.startsWith(root + QLatin1Char('/')))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> result;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        result.append(line.split(QLatin1Char(':')));
    }
    return result;
}

std::optional<quint32> number(const QString &text)
{
    bool ok = false;
    const quint32 value = text.toUInt(&ok);
    return ok ? std::optional<quint32>(value) : std::nullopt;
}

} // namespace

Result<ImageUser::Resolved> ImageUser::resolve(const QString &spec, const QString &rootfsDirectory)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString userPart = colon < 0 ? spec : spec.left(colon);
    const QString groupPart = colon < 0 ? QString() : spec.mid(colon + 1);
    const QString user = userPart.isEmpty() ? QStringLiteral("0") : userPart;

    Resolved resolved;
    QString userName;
    const std::optional<quint32> uid = number(user);
    bool listed = false;
    // passwd: name:password:uid:gid:gecos:home:shell
    for (const QStringList &fields : entries(rootfsDirectory, "etc/passwd")) {
        if (fields.size() < 7)
            continue;
        if (uid ? number(fields[2]) == uid : fields[0] == user) {
            resolved.user.uid = number(fields[2]).value_or(0);
            resolved.user.gid = number(fields[3]).value_or(0);
            resolved.home = fields[5];
            userName = fields[0];
            listed = true;
            break;
        }
    }
    if (!listed) {
        if (!uid) {
            return Result<Resolved>::failure(
                QCoreApplication::translate("ImageUser",
                                            "The image runs as user \"%1\", whom the image's /etc/passwd "
                                            "does not list.")
                    .arg(user));
        }
        resolved.user.uid = *uid;
    }

    // group: name:password:gid:member,member
    const QList<QStringList> groups = entries(rootfsDirectory, "etc/group");
    if (!groupPart.isEmpty()) {
        const std::optional<quint32> gid = number(groupPart);
        bool found = bool(gid);
        for (const QStringList &fields : groups) {
            if (!gid && fields.size() >= 3 && fields[0] == groupPart) {
                resolved.user.gid = number(fields[2]).value_or(0);
                found = true;
                break;
            }
        }
        if (!found) {
            return Result<Resolved>::failure(
                QCoreApplication::translate("ImageUser",
                                            "The image runs with group \"%1\", which the image's "
                                            "/etc/group does not list.")
                    .arg(groupPart));
        }
        if (gid)
            resolved.user.gid = *gid;
    } else if (!userName.isEmpty()) {
        for (const QStringList &fields : groups) {
            if (fields.size() < 4 || !fields[3].split(QLatin1Char(',')).contains(userName))
                continue;
            if (const std::optional<quint32> gid = number(fields[2]);
                gid && !resolved.user.additionalGids.contains(*gid))
                resolved.user.additionalGids.append(*gid);
        }
    }
    return resolved;
}
