// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtime/containerstate.h"

#include <QSortFilterProxyModel>

#include <optional>

// The rows of a HostContainersModel that match a text (in any column), a
// runtime and a status.
class ContainerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ContainerFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    // Empty: every runtime.
    void setRuntime(const QString &runtime);
    // nullopt: every status.
    void setStatus(std::optional<ContainerState::Status> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_runtime;
    std::optional<ContainerState::Status> m_status;
};
