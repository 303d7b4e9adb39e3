// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtime/execrequest.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// The Exec form: a process to start in the running container.
class ExecForm : public QWidget
{
    Q_OBJECT

public:
    explicit ExecForm(QWidget *parent = nullptr);

    ExecRequest request() const;
    void setRequest(const ExecRequest &request);
    void setExecEnabled(bool enabled);

Q_SIGNALS:
    void execRequested(const ExecRequest &request);

private:
    static QString commandToolTip();
    void updateExecButton();

    bool m_execAllowed = true;
    QLineEdit *m_args;
    QPlainTextEdit *m_env;
    QLineEdit *m_cwd;
    QSpinBox *m_uid;
    QSpinBox *m_gid;
    QCheckBox *m_terminal;
    QPushButton *m_exec;
};
