// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchtimeline.h"

#include <QAbstractItemModel>
#include <QPointer>

class ContainerSession;

// The launch timeline as a tree: the three lifecycle commands, each with
// its steps in order. Observations change only the status roles of the
// steps they concern.
class LaunchTimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, FieldColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // LaunchStep::Status as int; steps only
        PointerRole,                   // the field causing the step, "" for none
        DetailRole,                    // what happens, for people
        EvidenceRole,                  // what showed it happened, "" before
        ActorRole,                     // LaunchStep::Actor as int
        PhaseRole,                     // LaunchStep::Phase as int, phases and steps
    };

    explicit LaunchTimelineModel(QObject *parent = nullptr);

    // New steps for config (observations are dropped).
    void setConfig(const Json &config, const QString &runtimeName = QStringLiteral("runc"));
    const LaunchTimeline &timeline() const { return m_timeline; }
    // The step's row in timeline().steps() for a step index, -1 otherwise.
    int stepRow(const QModelIndex &index) const;
    QModelIndex indexOfStep(int stepRow, int column = StepColumn) const;

    // Observes the session's lifecycle actions, runtime log and state. A
    // create or run starts over with the plan of the config.json the runtime
    // reads; until that container is deleted the model is observing.
    void follow(ContainerSession *session);
    bool isObserving() const { return m_observing; }

    void commandStarted(LaunchTimeline::Command command);
    void logged(const RuntimeLogEntry &entry);
    void commandFinished(LaunchTimeline::Command command, bool succeeded, const QString &message);
    void stateChanged(ContainerState::Status status);
    void reset();

Q_SIGNALS:
    void observingChanged(bool observing);

public:
    static QString statusName(LaunchStep::Status status);
    static QString actorName(LaunchStep::Actor actor, const QString &runtimeName);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr PhaseId = quintptr(-1);
    void rebuildRows();
    void notify(const QList<int> &rows);

    void setObserving(bool observing);

    LaunchTimeline m_timeline;
    QPointer<ContainerSession> m_session;
    bool m_observing = false;
    // Per phase, the rows of timeline().steps() it holds.
    QList<QList<int>> m_phaseSteps;
};
