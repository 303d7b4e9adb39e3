// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingmarkdelegate.h"

// Shows the soft and hard values of resource limits, writing the largest
// uint64 (RLIM_INFINITY, 18446744073709551615) as "unlimited" and accepting
// that word when editing.
class ProcessRlimitValueDelegate : public FindingMarkDelegate
{
    Q_OBJECT

public:
    static constexpr quint64 Unlimited = std::numeric_limits<quint64>::max();

    using FindingMarkDelegate::FindingMarkDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // "unlimited" for RLIM_INFINITY, the number otherwise.
    static QString toDisplay(const QString &number);
    // The number for text typed by the user ("unlimited" in any case or language).
    static QString fromDisplay(const QString &text);
};
