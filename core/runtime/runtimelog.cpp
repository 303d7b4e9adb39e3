// SPDX-License-Identifier: Apache-2.0
#include "runtimelog.h"

#include "document/json.h"

#include <QFile>

RuntimeLogReader::RuntimeLogReader(const QString &path) : m_path(path) { }

void RuntimeLogReader::setPath(const QString &path)
{
    m_path = path;
    m_offset = 0;
}

void RuntimeLogReader::mark()
{
    QFile file(m_path);
    m_offset = file.exists() ? file.size() : 0;
}

QList<RuntimeLogEntry> RuntimeLogReader::readNew()
{
    return read(false);
}

QList<RuntimeLogEntry> RuntimeLogReader::readNewLines()
{
    return read(true);
}

QList<RuntimeLogEntry> RuntimeLogReader::read(bool wholeLinesOnly)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() < m_offset)
        m_offset = 0; // truncated or replaced
    file.seek(m_offset);
    QByteArray text = file.readAll();
    if (wholeLinesOnly)
        text.truncate(text.lastIndexOf('\n') + 1);
    m_offset += text.size();
    return parse(text);
}

static QString stringMember(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return QString();
    return it->is_string() ? JsonUtil::toQString(it->get<std::string>()) : JsonUtil::toQString(it->dump());
}

QList<RuntimeLogEntry> RuntimeLogReader::parse(const QByteArray &text)
{
    QList<RuntimeLogEntry> entries;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const Json json = Json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        if (json.is_object() && json.contains("msg")) {
            entries.append({stringMember(json, "level"), stringMember(json, "msg"), stringMember(json, "time")});
        } else {
            entries.append({QString(), QString::fromUtf8(line), QString()});
        }
    }
    return entries;
}

QString RuntimeLogReader::format(const QList<RuntimeLogEntry> &entries)
{
    QStringList lines;
    for (const RuntimeLogEntry &entry : entries)
        lines << (entry.level.isEmpty() ? entry.message : entry.level + QLatin1String(": ") + entry.message);
    return lines.join(QLatin1Char('\n'));
}
