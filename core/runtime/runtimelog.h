// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// One line of the runtime's own log (--log FILE --log-format json), e.g.
// {"level":"error","msg":"container does not exist","time":"..."}.
struct RuntimeLogEntry
{
    QString level; // "error", "warning", "info", "debug"; empty for non-JSON lines
    QString message;
    QString time;

    bool operator==(const RuntimeLogEntry &other) const = default;
};

// Reads the lines a runtime appended to its log file since the last mark(),
// so that a failed command shows exactly its own messages, in order.
class RuntimeLogReader
{
public:
    explicit RuntimeLogReader(const QString &path = QString());

    QString path() const { return m_path; }
    void setPath(const QString &path);

    // Remembers the current end of the file.
    void mark();
    // The entries written after the last mark(); moves the mark past them.
    QList<RuntimeLogEntry> readNew();
    // The same, up to the last complete line, for following a log that is
    // still being written.
    QList<RuntimeLogEntry> readNewLines();

    // Parses log text; JSON lines become entries, other non-empty lines are
    // kept as messages without a level.
    static QList<RuntimeLogEntry> parse(const QByteArray &text);
    // "error: container does not exist" lines for display.
    static QString format(const QList<RuntimeLogEntry> &entries);

private:
    QList<RuntimeLogEntry> read(bool wholeLinesOnly);

    QString m_path;
    qint64 m_offset = 0;
};

Q_DECLARE_METATYPE(RuntimeLogEntry)
