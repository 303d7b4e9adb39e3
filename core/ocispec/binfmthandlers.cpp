// SPDX-License-Identifier: Apache-2.0
#include "binfmthandlers.h"

#include <QDir>
#include <QFile>

namespace {

QByteArray readSmall(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
}

} // namespace

// Each entry reads as the kernel shows it (fs/binfmt_misc.c):
//   enabled
//   interpreter /usr/bin/qemu-aarch64-static
//   flags: OCF
//   offset 0
//   magic 7f454c460201010000000000000000000200b700
//   mask ffffffffffffff00fffffffffffffffffeffffff
// or "extension .exe" in place of offset, magic and mask.
BinfmtHandlers::BinfmtHandlers(const QString &directory)
{
    const QDir dir(directory);
    const QByteArray status = readSmall(dir.filePath(QStringLiteral("status"))).trimmed();
    m_signature = status;
    if (status != "enabled")
        return; // not mounted, or switched off as a whole
    const QStringList names = dir.entryList(QDir::Files | QDir::System, QDir::Name);
    for (const QString &name : names) {
        if (name == QLatin1String("status") || name == QLatin1String("register"))
            continue;
        const QByteArray text = readSmall(dir.filePath(name));
        m_signature += '\0' + name.toUtf8() + '\0' + text;
        const QList<QByteArray> lines = text.split('\n');
        if (lines.isEmpty() || lines.first().trimmed() != "enabled")
            continue;
        Entry entry;
        entry.handler.name = name;
        for (const QByteArray &line : lines) {
            const qsizetype space = line.indexOf(' ');
            const QByteArray key = line.left(space);
            const QByteArray value = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
            if (key == "interpreter") {
                entry.handler.interpreter = QFile::decodeName(value);
            } else if (key == "flags:") {
                entry.handler.fixBinary = value.contains('F');
            } else if (key == "offset") {
                entry.offset = value.toLongLong();
            } else if (key == "magic") {
                entry.magic = QByteArray::fromHex(value);
            } else if (key == "mask") {
                entry.mask = QByteArray::fromHex(value);
            } else if (key == "extension") {
                entry.byExtension = true;
                entry.extension = QFile::decodeName(value.startsWith('.') ? value.mid(1) : value);
            }
        }
        if (entry.byExtension ? !entry.extension.isEmpty() : !entry.magic.isEmpty())
            m_entries.append(entry);
    }
}

std::optional<BinfmtHandlers::Handler> BinfmtHandlers::handlerFor(const QByteArray &head, const QString &path) const
{
    for (const Entry &entry : m_entries) {
        if (entry.byExtension) {
            // The kernel compares what follows the last dot of the path.
            const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
            if (dot >= 0 && path.mid(dot + 1) == entry.extension)
                return entry.handler;
            continue;
        }
        if (entry.offset < 0 || entry.offset + entry.magic.size() > head.size())
            continue;
        bool matches = true;
        for (qsizetype i = 0; matches && i < entry.magic.size(); ++i) {
            const char mask = i < entry.mask.size() ? entry.mask.at(i) : char(0xff);
            matches = ((head.at(entry.offset + i) ^ entry.magic.at(i)) & mask) == 0;
        }
        if (matches)
            return entry.handler;
    }
    return std::nullopt;
}
