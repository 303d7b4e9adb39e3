// SPDX-License-Identifier: Apache-2.0
#include "idnames.h"

#include "ocispec/rootfsinspector.h"

namespace {

// A real passwd or group file is a few KiB.
constexpr qint64 MaxIdFile = 4 * 1024 * 1024;

} // namespace

IdNames IdNames::parse(const QByteArray &text)
{
    IdNames names;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() < 3 || fields.at(0).isEmpty() || line.startsWith('#'))
            continue;
        bool ok = false;
        const quint32 id = fields.at(2).trimmed().toUInt(&ok);
        if (ok && !names.m_names.contains(id))
            names.m_names.insert(id, QString::fromUtf8(fields.at(0)));
    }
    return names;
}

IdNames IdNames::read(RootfsInspector &root, const QString &path)
{
    const RootfsInspector::Entry entry = root.resolve(path);
    if (!entry.found() || !entry.isRegularFile() || !entry.escapingLinks.isEmpty() || entry.size > MaxIdFile)
        return {};
    return parse(root.readHead(entry, MaxIdFile));
}
