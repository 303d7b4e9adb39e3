// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtime/containerstate.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// The container's ID and its lifecycle as actions: Create, Start, Run,
// Pause, Resume, Cancel, then Stop (with its timeout), Kill (with a signal)
// and Delete (with Force). The buttons show the actions; the window's Run
// menu shows the same ones. Which are enabled follows the Situation.
class LifecycleBar : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Create, Start, Run, Pause, Resume, Cancel, Stop, Kill, Delete };

    // What decides which steps are possible now.
    struct Situation
    {
        ContainerState state;
        bool runtimeUsable = false; // found, with a valid container ID
        bool haveBundle = false;
        bool busy = false; // a runtime command is running
        bool stopping = false;
    };

    explicit LifecycleBar(QWidget *parent = nullptr);

    QAction *action(Step step) const;
    // Every step, in the bar's order, for a menu.
    QList<QAction *> actions() const;
    void setSituation(const Situation &situation);

    QString containerId() const;
    // Shows id without emitting containerIdTyped().
    void setContainerId(const QString &id);
    QString killSignal() const;
    bool forceDelete() const;
    int stopTimeoutSeconds() const;

Q_SIGNALS:
    // The user typed in the ID box (text may be empty).
    void containerIdTyped(const QString &text);
    // The user finished editing the ID.
    void containerIdEdited(const QString &id);
    void stopTimeoutChanged(int seconds);

private:
    QAction *addStep(Step step, const QString &text, const QString &name, const QString &toolTip);

    QList<QAction *> m_actions; // by Step
    QLineEdit *m_containerId;
    QSpinBox *m_stopTimeout;
    QComboBox *m_signal;
    QCheckBox *m_force;
    Situation m_situation;
};
