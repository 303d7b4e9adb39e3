// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtime/runcbinary.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

// The runtime the run view uses: its program, state directory, systemd
// cgroups and rootless mode, as one RuntimeSettings. When the editor is not
// root it also says what that means, with a button for rootless settings.
class RuntimeSettingsRow : public QWidget
{
    Q_OBJECT

public:
    explicit RuntimeSettingsRow(QWidget *parent = nullptr);

    RuntimeSettings settings() const;
    // Shows settings without emitting changed().
    void setSettings(const RuntimeSettings &settings);

public Q_SLOTS:
    // Rootless, with the state directory under $XDG_RUNTIME_DIR.
    void useRootlessSettings();

Q_SIGNALS:
    // The user changed a setting.
    void changed();

private:
    // The state directories offered for the runtime: the editor's own first.
    void fillStateRoots();
    void onProgramOrModeChanged();

    QComboBox *m_program;
    QComboBox *m_stateRoot;
    QCheckBox *m_systemdCgroup;
    QCheckBox *m_rootless;
    QLabel *m_privilegeNotice;
    QPushButton *m_rootlessButton;
    bool m_quiet = false;
};
