// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingmarkdelegate.h"

// Shows and edits a file mode cell in octal ("0666") while the document keeps
// the decimal integer the spec requires (438).
class OctalModeDelegate : public FindingMarkDelegate
{
    Q_OBJECT

public:
    using FindingMarkDelegate::FindingMarkDelegate;

    // "438" -> "0666"; other text is shown unchanged.
    static QString toOctal(const QString &decimal);
    // "0666" or "666" -> "438"; an empty string when text is not octal.
    static QString fromOctal(const QString &octal);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
