// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class RootfsTotals;

// A line under the root filesystem browser: the totals as they are
// counted, a busy bar and Cancel while the count runs, Reload after.
class RootfsTotalsBar : public QWidget
{
    Q_OBJECT

public:
    RootfsTotalsBar(RootfsTotals *totals, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    void reloadRequested();

private:
    enum class State { Idle, Counting, Cancelled, Done };
    void update(State state);

    RootfsTotals *m_totals;
    QLabel *m_label;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    QPushButton *m_again;
};
