// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QStackedWidget;
class QVBoxLayout;

// The window's modes, as Qt Creator shows them: a bar of buttons down the
// left edge and, beside it, the one mode's widget that fills the window.
// Modes are named by id ("welcome", "edit", "run"), so that settings and
// callers need not know their order.
class ModeArea : public QWidget
{
    Q_OBJECT

public:
    explicit ModeArea(QWidget *parent = nullptr);

    void addMode(const QString &id, const QIcon &icon, const QString &title, const QString &toolTip, QWidget *widget);
    QStringList modes() const { return m_ids; }
    QString currentMode() const;
    // False, changing nothing, for an id that names no mode.
    bool setCurrentMode(const QString &id);
    QWidget *modeWidget(const QString &id) const;
    QAbstractButton *modeButton(const QString &id) const;

Q_SIGNALS:
    void currentModeChanged(const QString &id);

private:
    QWidget *m_bar;
    QVBoxLayout *m_barLayout;
    QButtonGroup *m_buttons;
    QStackedWidget *m_stack;
    QStringList m_ids;
};
