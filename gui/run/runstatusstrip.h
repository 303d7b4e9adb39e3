// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class ContainerSession;
class ContainerStopper;
class QLabel;

// One line about the session's container: its ID and status, PID, creation
// time and bundle, the action under way, and the countdown while it is being
// stopped. Fed only by the session's signals, so it can sit anywhere.
class RunStatusStrip : public QWidget
{
    Q_OBJECT

public:
    explicit RunStatusStrip(ContainerSession *session, ContainerStopper *stopper = nullptr, QWidget *parent = nullptr);

    QString text() const;
    // For the window's status bar in the other modes: ID, status and PID on
    // one line, and nothing at all while there is no container.
    void setCompact(bool compact);

private:
    void showState();
    void showCountdown(int secondsLeft);

    ContainerSession *m_session;
    ContainerStopper *m_stopper;
    QLabel *m_label;
    bool m_compact = false;
};
