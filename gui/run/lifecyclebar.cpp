// SPDX-License-Identifier: Apache-2.0
#include "lifecyclebar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using Action = ContainerState::Action;

namespace {

constexpr const char *StopTimeoutKey = "run/stopTimeoutSeconds";
constexpr int DefaultStopTimeout = 10;

} // namespace

LifecycleBar::LifecycleBar(QWidget *parent)
    : QWidget(parent), m_containerId(new QLineEdit(this)), m_stopTimeout(new QSpinBox(this)),
      m_signal(new QComboBox(this)), m_force(new QCheckBox(tr("Force"), this))
{
    m_containerId->setObjectName(QStringLiteral("containerId"));
    m_containerId->setPlaceholderText(tr("container ID"));
    m_containerId->setToolTip(tr("The container's ID in the runtime's state directory"));
    connect(m_containerId, &QLineEdit::textEdited, this, &LifecycleBar::containerIdTyped);
    connect(m_containerId, &QLineEdit::editingFinished, this,
            [this] { Q_EMIT containerIdEdited(m_containerId->text().trimmed()); });

    addStep(Step::Create, tr("&Create"), QStringLiteral("create"),
            tr("Create the container: its namespaces, mounts and cgroup, with the process waiting to start"));
    addStep(Step::Start, tr("&Start"), QStringLiteral("start"), tr("Start the process of a created container"));
    addStep(Step::Run, tr("&Run"), QStringLiteral("run"), tr("Create and start in one step"));
    addStep(Step::Pause, tr("&Pause"), QStringLiteral("pause"), tr("Freeze every process of the container"));
    addStep(Step::Resume, tr("R&esume"), QStringLiteral("resume"), tr("Thaw the paused container"));
    addStep(Step::Cancel, tr("Ca&ncel"), QStringLiteral("cancel"), tr("Stop waiting for the runtime's command"));
    addStep(Step::Stop, tr("S&top"), QStringLiteral("stop"),
            tr("Send SIGTERM, and SIGKILL when the container is still running after the timeout"));
    addStep(Step::Kill, tr("&Kill"), QStringLiteral("kill"), tr("Send the chosen signal to the container's process"));
    addStep(Step::Delete, tr("&Delete"), QStringLiteral("delete"),
            tr("Remove the stopped container from the runtime's state"));
    action(Step::Run)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    m_stopTimeout->setObjectName(QStringLiteral("stopTimeout"));
    m_stopTimeout->setRange(1, 600);
    m_stopTimeout->setSuffix(tr(" s"));
    m_stopTimeout->setToolTip(tr("How long Stop waits after SIGTERM before it sends SIGKILL"));
    m_stopTimeout->setAccessibleName(tr("Stop timeout"));
    m_stopTimeout->setValue(QSettings().value(QLatin1String(StopTimeoutKey), DefaultStopTimeout).toInt());
    connect(m_stopTimeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        QSettings().setValue(QLatin1String(StopTimeoutKey), seconds);
        Q_EMIT stopTimeoutChanged(seconds);
    });
    m_signal->setObjectName(QStringLiteral("killSignal"));
    m_signal->setEditable(true);
    m_signal->addItems({QStringLiteral("SIGTERM"), QStringLiteral("SIGKILL"), QStringLiteral("SIGINT"),
                        QStringLiteral("SIGHUP"), QStringLiteral("SIGQUIT"), QStringLiteral("SIGUSR1"),
                        QStringLiteral("SIGUSR2"), QStringLiteral("SIGSTOP"), QStringLiteral("SIGCONT")});
    m_signal->setToolTip(tr("The signal Kill sends: a name or a number"));
    m_signal->setAccessibleName(tr("Signal"));
    m_force->setObjectName(QStringLiteral("forceDelete"));
    m_force->setToolTip(tr("Kill a running container before deleting it"));
    connect(m_force, &QCheckBox::toggled, this, [this] { setSituation(m_situation); });

    const auto button = [this](Step step) {
        auto *result = new QToolButton(this);
        result->setDefaultAction(action(step));
        result->setObjectName(action(step)->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        result->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return result;
    };
    // Two rows, so that the bar fits a 1024 pixel window in German too: the
    // container and its lifecycle, then the ways to end it.
    auto *idLabel = new QLabel(tr("&ID:"), this);
    idLabel->setBuddy(m_containerId);
    auto *lifecycle = new QHBoxLayout;
    lifecycle->addWidget(idLabel);
    lifecycle->addWidget(m_containerId);
    for (Step step : {Step::Create, Step::Start, Step::Run, Step::Pause, Step::Resume, Step::Cancel})
        lifecycle->addWidget(button(step));
    lifecycle->addStretch(1);
    auto *ending = new QHBoxLayout;
    ending->addWidget(button(Step::Stop));
    ending->addWidget(m_stopTimeout);
    ending->addWidget(button(Step::Kill));
    ending->addWidget(m_signal);
    ending->addWidget(button(Step::Delete));
    ending->addWidget(m_force);
    ending->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(lifecycle);
    layout->addLayout(ending);
    setSituation(m_situation);
}

QAction *LifecycleBar::addStep(Step step, const QString &text, const QString &name, const QString &toolTip)
{
    auto *result = new QAction(text, this);
    result->setObjectName(name + QStringLiteral("Action"));
    result->setToolTip(toolTip);
    result->setStatusTip(toolTip);
    Q_ASSERT(m_actions.size() == int(step));
    m_actions << result;
    return result;
}

QAction *LifecycleBar::action(Step step) const
{
    return m_actions.at(int(step));
}

QList<QAction *> LifecycleBar::actions() const
{
    return m_actions;
}

void LifecycleBar::setSituation(const Situation &situation)
{
    m_situation = situation;
    const ContainerState &state = situation.state;
    const bool usable = situation.runtimeUsable && !situation.busy;
    const bool runnable = usable && situation.haveBundle;
    // A stopped container of this ID is in the way of Run: offer to delete it first.
    const bool stoppedInTheWay = state.status == ContainerState::Status::Stopped;
    action(Step::Create)->setEnabled(runnable && state.allows(Action::Create));
    action(Step::Run)->setEnabled(runnable
                                  && (state.allows(Action::Run) || (stoppedInTheWay && state.allows(Action::Delete))));
    action(Step::Run)->setText(stoppedInTheWay ? tr("Delete and &Run Again") : tr("&Run"));
    action(Step::Start)->setEnabled(usable && state.allows(Action::Start));
    action(Step::Pause)->setEnabled(usable && state.allows(Action::Pause));
    action(Step::Resume)->setEnabled(usable && state.allows(Action::Resume));
    action(Step::Cancel)->setEnabled(situation.busy);
    action(Step::Stop)->setEnabled(usable && !situation.stopping && state.allows(Action::Kill));
    action(Step::Kill)->setEnabled(usable && state.allows(Action::Kill));
    action(Step::Delete)
        ->setEnabled(usable && state.allows(m_force->isChecked() ? Action::ForceDelete : Action::Delete));
}

QString LifecycleBar::containerId() const
{
    return m_containerId->text().trimmed();
}

void LifecycleBar::setContainerId(const QString &id)
{
    m_containerId->setText(id);
}

QString LifecycleBar::killSignal() const
{
    const QString signal = m_signal->currentText().trimmed();
    return signal.isEmpty() ? QStringLiteral("SIGTERM") : signal;
}

bool LifecycleBar::forceDelete() const
{
    return m_force->isChecked();
}

int LifecycleBar::stopTimeoutSeconds() const
{
    return m_stopTimeout->value();
}
