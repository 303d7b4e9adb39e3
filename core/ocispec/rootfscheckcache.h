// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "finding.h"
#include "rootfsinspector.h"

#include <QList>
#include <QMutex>

#include <optional>
#include <string>

// The root filesystem findings of the last few runs, each with what it
// looked at: a run on the same configuration parts and an unchanged root
// filesystem takes the findings after a stat of each name instead of
// reading files again. Shared by the window's worker threads.
class RootfsCheckCache
{
public:
    // What one run found and the evidence it rests on.
    struct Result
    {
        QList<Finding> findings;
        QHash<QString, FileStamp> trail;     // inside the root (RootfsInspector::trail())
        QHash<QString, FileStamp> hostTrail; // bind sources on this machine
        QByteArray binfmt;                   // BinfmtHandlers::signature()
    };

    static constexpr qsizetype Capacity = 4;

    // The findings stored for this key, if nothing they rest on changed.
    std::optional<QList<Finding>> find(const QString &rootfs, const std::string &input, const QByteArray &binfmt);
    void store(const QString &rootfs, const std::string &input, Result result);

    int hits() const;
    int misses() const;

private:
    struct Slot
    {
        QString rootfs;
        std::string input;
        Result result;
    };

    mutable QMutex m_mutex;
    QList<Slot> m_slots; // most recent first
    int m_hits = 0;
    int m_misses = 0;
};
