// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

// Language and runtime settings. The runtime choices are what the run panel
// passes to runc or crun: the program, --root, --systemd-cgroup, --rootless.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Writes the dialog's values to QSettings.
    void apply();

    void accept() override;

private:
    void load();
    void updateCustomPath();
    void browseRuntime();
    QString selectedProgram() const;

    QComboBox *m_language;
    QComboBox *m_runtime;
    QLineEdit *m_customPath;
    QPushButton *m_browse;
    QLineEdit *m_stateRoot;
    QCheckBox *m_systemdCgroup;
    QCheckBox *m_rootless;
};
