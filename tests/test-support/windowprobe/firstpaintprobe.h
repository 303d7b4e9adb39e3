// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QWidget;

// Quits the application once a widget has painted for the first time. The
// start-up benchmark uses it to time "launch until the Mounts tab is on
// screen" as a whole process.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QWidget *watched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
