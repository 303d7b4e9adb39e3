// SPDX-License-Identifier: Apache-2.0
#include "hostcontainerscan.h"

#include "runcbinary.h"
#include "runtimecall.h"

#include <QDir>

#include <utility>

HostContainerScan::HostContainerScan(QObject *parent) : QObject(parent) { }

void HostContainerScan::start(const QList<StateRoot> &roots)
{
    cancel();
    m_roots = roots;
    m_pending = int(roots.size());
    for (const StateRoot &root : roots) {
        const QString runtime = RuncBinary::locate(root.runtime);
        if (runtime.isEmpty()) {
            Q_EMIT rootFailed(root, RuncBinary::missingRuntimeMessage(root.runtime));
            oneDone();
            continue;
        }
        auto *call = new RuntimeCall(this);
        m_calls << call;
        connect(call, &RuntimeCall::finished, this, [this, root, call](const RuntimeCallResult &result) {
            m_calls.removeOne(call);
            call->deleteLater();
            onListed(root, result);
        });
        call->start(RuncBinary(runtime, root.path).listCommand(), m_timeoutMs);
    }
    if (roots.isEmpty())
        Q_EMIT finished();
}

void HostContainerScan::cancel()
{
    const QList<RuntimeCall *> calls = std::exchange(m_calls, {});
    m_pending = 0;
    for (RuntimeCall *call : calls) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
}

void HostContainerScan::onListed(const StateRoot &root, const RuntimeCallResult &result)
{
    if (!result.succeeded()) {
        const QString detail = QString::fromLocal8Bit(result.standardError).trimmed();
        Q_EMIT rootFailed(root, detail.isEmpty() ? result.errorString : result.errorString + QLatin1Char(' ') + detail);
    } else if (Result<QList<ContainerState>> list = ContainerState::listFromJson(result.standardOutput); !list) {
        Q_EMIT rootFailed(root, list.error());
    } else {
        QList<ContainerState> containers = list.value();
        for (ContainerState &state : containers)
            state.owner = StateRootFinder::ownerOf(QDir(root.path).filePath(state.id));
        Q_EMIT rootListed(root, containers);
    }
    oneDone();
}

void HostContainerScan::oneDone()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}
