// SPDX-License-Identifier: Apache-2.0
#include "octalmodedelegate.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

QString OctalModeDelegate::toOctal(const QString &decimal)
{
    bool ok = false;
    const qulonglong mode = decimal.toULongLong(&ok);
    if (!ok)
        return decimal;
    return QLatin1Char('0') + QString::number(mode, 8).rightJustified(3, QLatin1Char('0'));
}

QString OctalModeDelegate::fromOctal(const QString &octal)
{
    bool ok = false;
    const qulonglong mode = octal.trimmed().toULongLong(&ok, 8);
    return ok ? QString::number(mode) : QString();
}

QString OctalModeDelegate::displayText(const QVariant &value, const QLocale &) const
{
    return toOctal(value.toString());
}

QWidget *OctalModeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    // Up to seven octal digits covers the special bits and any leading zero.
    auto *validator = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-7]{0,7}")), edit);
    edit->setValidator(validator);
    return edit;
}

void OctalModeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QString decimal = index.data(Qt::EditRole).toString();
        edit->setText(decimal.isEmpty() ? QString() : toOctal(decimal));
    }
}

void OctalModeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const QString decimal = fromOctal(edit->text());
    if (!decimal.isEmpty())
        model->setData(index, decimal, Qt::EditRole);
}
