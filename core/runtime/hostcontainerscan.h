// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "containerstate.h"
#include "staterootfinder.h"

#include <QList>
#include <QObject>

class RuntimeCall;
struct RuntimeCallResult;

// Lists the containers of several state roots at once, "runc --root R list
// --format json" for each, in child processes that never block the caller.
// Answers root by root, then with finished().
class HostContainerScan : public QObject
{
    Q_OBJECT

public:
    explicit HostContainerScan(QObject *parent = nullptr);

    // Starts a list per root; a scan still running is canceled first.
    void start(const QList<StateRoot> &roots);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    // The roots of the last start().
    QList<StateRoot> roots() const { return m_roots; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    // Each container's owner is the user owning its state directory.
    void rootListed(const StateRoot &root, const QList<ContainerState> &containers);
    void rootFailed(const StateRoot &root, const QString &message);
    void finished();

private:
    void onListed(const StateRoot &root, const RuntimeCallResult &result);
    void oneDone();

    QList<StateRoot> m_roots;
    QList<RuntimeCall *> m_calls;
    int m_pending = 0;
    int m_timeoutMs = 10000;
};
