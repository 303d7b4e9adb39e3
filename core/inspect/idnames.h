// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class RootfsInspector;

// User or group names by numeric ID, from a passwd or group file of the
// root filesystem itself: the host's names would be the wrong ones.
class IdNames
{
public:
    // Field 1 (the name) and field 3 (the ID) of each "name:x:id:…" line;
    // the first line of an ID wins, as getpwuid's does.
    static IdNames parse(const QByteArray &text);
    // The file at path inside the root ("/etc/passwd"), looked up as the
    // container will (links stay inside the root); none when it is missing,
    // too large, or reached through a link that climbed out of the root.
    static IdNames read(RootfsInspector &root, const QString &path);

    QString name(quint32 id) const { return m_names.value(id); }
    bool isEmpty() const { return m_names.isEmpty(); }

private:
    QHash<quint32, QString> m_names;
};
