// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtime/hostcontainer.h"
#include "runtime/staterootfinder.h"

#include <QTimer>
#include <QWidget>

class ContainerFilterModel;
class HostContainerScan;
class HostContainersModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class RuntimeCall;
struct RuntimeCallResult;

// Containers mode: every container of this machine, whichever tool started
// it, in one filterable table, listed again every few seconds while shown.
// Open, Watch in Run and Shell are the window's business (signals); Kill and
// Delete run here, and ask first, naming the owner of a container the editor
// did not start.
class ContainersView : public QWidget
{
    Q_OBJECT

public:
    explicit ContainersView(QWidget *parent = nullptr);

    // Where to look for state roots (tests lay out a /run of their own).
    void setFinder(const StateRootFinder &finder) { m_finder = finder; }
    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }

    HostContainersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected container; an empty one when nothing is selected.
    HostContainer currentContainer() const;
    bool selectContainer(const QString &rootPath, const QString &id);
    // The line under the table: counts, and the roots that could not be listed.
    QString statusText() const;

public Q_SLOTS:
    // Finds the state roots again and lists each of them.
    void refresh();
    void killSelected();
    void deleteSelected();
    // Deletes every stopped container the editor started, after asking.
    void deleteStopped();
    void shellInSelected();

Q_SIGNALS:
    void openRequested(const HostContainer &container);
    void watchRequested(const HostContainer &container);
    // Asked and confirmed: a /bin/sh in the container, in the run view.
    void shellRequested(const HostContainer &container);
    // After a refresh: every root listed (or failed).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFilterRow();
    QWidget *buildButtonRow();
    void updateButtons();
    void updateStatus();
    // Asks before an action on container; names its manager and owner when
    // the editor did not start it.
    bool confirm(const HostContainer &container, const QString &question, const QString &action,
                 const QString &buttonName);
    // Starts runc kill or delete; false (and an error listed) when the runtime is missing.
    bool runControl(const HostContainer &container, bool kill);
    void deleteNextStopped();
    QList<HostContainer> stoppedEditorsContainers() const;
    void onControlFinished(const RuntimeCallResult &result);

    StateRootFinder m_finder;
    HostContainersModel *m_model;
    ContainerFilterModel *m_filter;
    HostContainerScan *m_scan;
    RuntimeCall *m_control;
    QList<HostContainer> m_deleteQueue; // Delete Stopped's, one runtime call at a time
    QStringList m_controlErrors;
    QTimer m_timer;
    QStringList m_failures;
    QList<StateRoot> m_roots;
    bool m_sized = false;

    QLineEdit *m_text = nullptr;
    QComboBox *m_runtime = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_view;
    QPushButton *m_open = nullptr;
    QPushButton *m_watch = nullptr;
    QPushButton *m_shell = nullptr;
    QPushButton *m_kill = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_deleteStopped = nullptr;
    QLabel *m_statusLabel;
};
