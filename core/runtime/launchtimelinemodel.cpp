// SPDX-License-Identifier: Apache-2.0
#include "launchtimelinemodel.h"

#include "document/specfile.h"
#include "runtime/containersession.h"

namespace {

bool commandFor(ContainerSession::Action action, LaunchTimeline::Command *command)
{
    switch (action) {
    case ContainerSession::Action::Create:
        *command = LaunchTimeline::Command::Create;
        return true;
    case ContainerSession::Action::Start:
        *command = LaunchTimeline::Command::Start;
        return true;
    case ContainerSession::Action::Run:
        *command = LaunchTimeline::Command::Run;
        return true;
    case ContainerSession::Action::Delete:
        *command = LaunchTimeline::Command::Delete;
        return true;
    default:
        return false;
    }
}

} // namespace

LaunchTimelineModel::LaunchTimelineModel(QObject *parent) : QAbstractItemModel(parent)
{
    rebuildRows();
}

void LaunchTimelineModel::setConfig(const Json &config, const QString &runtimeName)
{
    beginResetModel();
    m_timeline = LaunchTimeline(config, runtimeName);
    rebuildRows();
    endResetModel();
}

void LaunchTimelineModel::rebuildRows()
{
    m_phaseSteps = {{}, {}, {}};
    const QList<LaunchStep> &steps = m_timeline.steps();
    for (int row = 0; row < steps.size(); ++row)
        m_phaseSteps[int(steps.at(row).phase)].append(row);
}

int LaunchTimelineModel::stepRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == PhaseId)
        return -1;
    return m_phaseSteps.value(int(index.internalId())).value(index.row(), -1);
}

QModelIndex LaunchTimelineModel::indexOfStep(int stepRow, int column) const
{
    for (int phase = 0; phase < m_phaseSteps.size(); ++phase) {
        const int row = m_phaseSteps.at(phase).indexOf(stepRow);
        if (row >= 0)
            return createIndex(row, column, quintptr(phase));
    }
    return {};
}

void LaunchTimelineModel::notify(const QList<int> &rows)
{
    for (const int row : rows) {
        const QModelIndex first = indexOfStep(row, StepColumn);
        Q_EMIT dataChanged(first, first.siblingAtColumn(FieldColumn));
    }
}

void LaunchTimelineModel::follow(ContainerSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (!session)
        return;
    connect(session, &ContainerSession::actionStarted, this, [this](ContainerSession::Action action) {
        LaunchTimeline::Command command;
        if (!commandFor(action, &command))
            return;
        if (command == LaunchTimeline::Command::Create || command == LaunchTimeline::Command::Run) {
            SpecFile file;
            if (file.read(m_session->bundlePath()))
                setConfig(file.takeRoot(), m_session->runtime().runtimeName());
            setObserving(true);
        }
        commandStarted(command);
    });
    connect(session, &ContainerSession::runtimeLogged, this, [this](const QList<RuntimeLogEntry> &entries) {
        for (const RuntimeLogEntry &entry : entries)
            logged(entry);
    });
    connect(session, &ContainerSession::actionFinished, this,
            [this](ContainerSession::Action action, bool succeeded, const QString &message) {
                LaunchTimeline::Command command;
                if (!commandFor(action, &command))
                    return;
                commandFinished(command, succeeded, message);
                // No container came of it: the next edit may replace the plan.
                if (!succeeded
                    && (command == LaunchTimeline::Command::Create || command == LaunchTimeline::Command::Run))
                    setObserving(false);
            });
    connect(session, &ContainerSession::stateChanged, this, [this](const ContainerState &state) {
        stateChanged(state.status);
        if (!state.exists() && !m_session->isBusy())
            setObserving(false);
    });
}

void LaunchTimelineModel::setObserving(bool observing)
{
    if (m_observing == observing)
        return;
    m_observing = observing;
    Q_EMIT observingChanged(observing);
}

void LaunchTimelineModel::commandStarted(LaunchTimeline::Command command)
{
    notify(m_timeline.commandStarted(command));
}

void LaunchTimelineModel::logged(const RuntimeLogEntry &entry)
{
    notify(m_timeline.logged(entry));
}

void LaunchTimelineModel::commandFinished(LaunchTimeline::Command command, bool succeeded, const QString &message)
{
    notify(m_timeline.commandFinished(command, succeeded, message));
}

void LaunchTimelineModel::stateChanged(ContainerState::Status status)
{
    notify(m_timeline.stateChanged(status));
}

void LaunchTimelineModel::reset()
{
    notify(m_timeline.reset());
}

QString LaunchTimelineModel::statusName(LaunchStep::Status status)
{
    switch (status) {
    case LaunchStep::Status::Pending:
        return tr("not reached");
    case LaunchStep::Status::Running:
        return tr("in progress");
    case LaunchStep::Status::Done:
        return tr("done");
    case LaunchStep::Status::Failed:
        return tr("failed");
    }
    return QString();
}

QString LaunchTimelineModel::actorName(LaunchStep::Actor actor, const QString &runtimeName)
{
    switch (actor) {
    case LaunchStep::Actor::Runtime:
        return tr("%1, on the host").arg(runtimeName);
    case LaunchStep::Actor::Init:
        return tr("%1 init, inside the container").arg(runtimeName);
    case LaunchStep::Actor::Hook:
        return tr("a hook program");
    }
    return QString();
}

QModelIndex LaunchTimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_phaseSteps.size() ? createIndex(row, column, PhaseId) : QModelIndex();
    if (parent.internalId() != PhaseId || row >= m_phaseSteps.value(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex LaunchTimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PhaseId)
        return {};
    return createIndex(int(child.internalId()), 0, PhaseId);
}

int LaunchTimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_phaseSteps.size());
    if (parent.column() != 0 || parent.internalId() != PhaseId)
        return 0;
    return int(m_phaseSteps.value(parent.row()).size());
}

int LaunchTimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LaunchTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == PhaseId) {
        const auto phase = LaunchStep::Phase(index.row());
        if (role == PhaseRole)
            return index.row();
        if (index.column() == StepColumn && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
            return LaunchTimeline::phaseTitle(phase, m_timeline.runtimeName().isEmpty()
                                                         ? QStringLiteral("runc")
                                                         : m_timeline.runtimeName());
        return {};
    }
    const int row = stepRow(index);
    if (row < 0)
        return {};
    const LaunchStep &step = m_timeline.steps().at(row);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == StepColumn ? step.title : step.pointer;
    case Qt::AccessibleTextRole:
        return index.column() == StepColumn ? tr("%1 (%2)").arg(step.title, statusName(step.status))
                                            : step.pointer;
    case Qt::ToolTipRole: {
        QString tip = step.detail;
        if (!step.evidence.isEmpty())
            tip += QLatin1String("\n\n") + step.evidence;
        return tip;
    }
    case StatusRole:
        return int(step.status);
    case PointerRole:
        return step.pointer;
    case DetailRole:
        return step.detail;
    case EvidenceRole:
        return step.evidence;
    case ActorRole:
        return int(step.actor);
    case PhaseRole:
        return int(step.phase);
    default:
        return {};
    }
}

QVariant LaunchTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == StepColumn ? tr("Step") : section == FieldColumn ? tr("Field") : QVariant();
}
