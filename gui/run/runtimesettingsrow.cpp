// SPDX-License-Identifier: Apache-2.0
#include "runtimesettingsrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <unistd.h>

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

RuntimeSettingsRow::RuntimeSettingsRow(QWidget *parent)
    : QWidget(parent), m_program(new QComboBox(this)), m_stateRoot(new QComboBox(this)),
      m_systemdCgroup(new QCheckBox(tr("systemd cgroup"), this)), m_rootless(new QCheckBox(tr("Rootless"), this)),
      m_privilegeNotice(
          new QLabel(tr("The editor is not running as root. A rootful configuration needs root; a rootless one needs a "
                        "user namespace with UID/GID mappings, --rootless and a state directory under "
                        "$XDG_RUNTIME_DIR."),
                     this)),
      m_rootlessButton(new QPushButton(tr("Use Rootless Settings"), this))
{
    m_program->setObjectName(QStringLiteral("runtimeProgram"));
    m_program->setEditable(true);
    m_program->addItems({QStringLiteral("runc"), QStringLiteral("crun")});
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_program->setMinimumContentsLength(12);
    m_program->setToolTip(tr("The runtime: runc, crun or the path of another compatible binary."));
    m_stateRoot->setObjectName(QStringLiteral("runtimeStateRoot"));
    m_stateRoot->setEditable(true);
    m_stateRoot->setToolTip(tr("The runtime's state directory (--root). The editor's own keeps its "
                               "containers apart from those other tools manage."));
    // A long state path scrolls inside the box rather than widening the view.
    m_stateRoot->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stateRoot->setMinimumContentsLength(16);
    m_systemdCgroup->setObjectName(QStringLiteral("runtimeSystemdCgroup"));
    m_systemdCgroup->setToolTip(tr("Let systemd manage the container's cgroup (--systemd-cgroup)"));
    m_rootless->setObjectName(QStringLiteral("runtimeRootless"));
    m_rootless->setToolTip(tr("Run without root privileges (--rootless)"));

    auto *programLabel = new QLabel(tr("&Runtime:"), this);
    programLabel->setBuddy(m_program);
    auto *stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_stateRoot);
    auto *row = new QHBoxLayout;
    row->addWidget(programLabel);
    row->addWidget(m_program);
    row->addWidget(stateLabel);
    row->addWidget(m_stateRoot, 1);
    row->addWidget(m_systemdCgroup);
    row->addWidget(m_rootless);

    m_privilegeNotice->setWordWrap(true);
    m_rootlessButton->setObjectName(QStringLiteral("useRootlessButton"));
    auto *privilege = new QHBoxLayout;
    privilege->addWidget(m_privilegeNotice, 1);
    privilege->addWidget(m_rootlessButton);
    m_privilegeNotice->setVisible(!isRoot());
    m_rootlessButton->setVisible(!isRoot());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(privilege);

    fillStateRoots();
    connect(m_program, &QComboBox::currentTextChanged, this, &RuntimeSettingsRow::onProgramOrModeChanged);
    connect(m_rootless, &QCheckBox::toggled, this, &RuntimeSettingsRow::onProgramOrModeChanged);
    connect(m_stateRoot, &QComboBox::currentTextChanged, this, [this] {
        if (!m_quiet)
            Q_EMIT changed();
    });
    connect(m_systemdCgroup, &QCheckBox::toggled, this, [this] {
        if (!m_quiet)
            Q_EMIT changed();
    });
    connect(m_rootlessButton, &QPushButton::clicked, this, &RuntimeSettingsRow::useRootlessSettings);
}

RuntimeSettings RuntimeSettingsRow::settings() const
{
    return {m_program->currentText(), m_stateRoot->currentText(), m_systemdCgroup->isChecked(),
            m_rootless->isChecked()};
}

void RuntimeSettingsRow::setSettings(const RuntimeSettings &settings)
{
    const QScopedValueRollback quiet(m_quiet, true);
    m_program->setCurrentText(settings.program);
    m_rootless->setChecked(settings.rootless);
    m_systemdCgroup->setChecked(settings.systemdCgroup);
    fillStateRoots();
    if (!settings.stateRoot.isEmpty())
        m_stateRoot->setCurrentText(settings.stateRoot);
}

void RuntimeSettingsRow::useRootlessSettings()
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        m_rootless->setChecked(true);
        fillStateRoots();
        m_stateRoot->setCurrentIndex(0); // the one under $XDG_RUNTIME_DIR
    }
    Q_EMIT changed();
}

void RuntimeSettingsRow::onProgramOrModeChanged()
{
    fillStateRoots();
    if (!m_quiet)
        Q_EMIT changed();
}

void RuntimeSettingsRow::fillStateRoots()
{
    const QString name = QFileInfo(m_program->currentText()).fileName();
    const QString current = m_stateRoot->currentText();
    const int offered = m_stateRoot->findText(current);
    const QSignalBlocker blocker(m_stateRoot);
    m_stateRoot->clear();
    m_stateRoot->addItem(RuncBinary::defaultStateRoot(name, isRoot() && !m_rootless->isChecked()));
    m_stateRoot->addItem(QStringLiteral("/run/") + name); // the system's own
    // The same choice for the new program; a typed directory stays.
    if (offered > 0)
        m_stateRoot->setCurrentIndex(offered);
    else if (offered < 0 && !current.isEmpty())
        m_stateRoot->setCurrentText(current);
}
