// SPDX-License-Identifier: Apache-2.0
#include "execform.h"

#include "runtime/shellwords.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

ExecForm::ExecForm(QWidget *parent)
    : QWidget(parent), m_args(new QLineEdit(this)), m_env(new QPlainTextEdit(this)),
      m_cwd(new QLineEdit(QStringLiteral("/"), this)), m_uid(new QSpinBox(this)), m_gid(new QSpinBox(this)),
      m_terminal(new QCheckBox(tr("Allocate a terminal"), this)), m_exec(new QPushButton(tr("Exec"), this))
{
    m_args->setPlaceholderText(tr("sh -c 'echo hello'"));
    m_args->setToolTip(commandToolTip());
    m_env->setPlaceholderText(tr("One NAME=value per line"));
    m_env->setMaximumHeight(80);
    m_env->setTabChangesFocus(true); // lines of NAME=value need no tabs
    m_uid->setObjectName(QStringLiteral("execUid"));
    m_gid->setObjectName(QStringLiteral("execGid"));
    m_args->setObjectName(QStringLiteral("execCommand"));
    for (QSpinBox *id : {m_uid, m_gid})
        id->setRange(0, 2147483647);
    connect(m_exec, &QPushButton::clicked, this, [this] { Q_EMIT execRequested(request()); });
    connect(m_args, &QLineEdit::returnPressed, m_exec, &QPushButton::click);
    connect(m_args, &QLineEdit::textChanged, this, &ExecForm::updateExecButton);

    auto *layout = new QFormLayout(this);
    // Text fields take the width; the ID boxes keep the width of their digits.
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(tr("Command:"), m_args);
    layout->addRow(tr("Environment:"), m_env);
    layout->addRow(tr("Working directory:"), m_cwd);
    layout->addRow(tr("User ID:"), m_uid);
    layout->addRow(tr("Group ID:"), m_gid);
    layout->addRow(QString(), m_terminal);
    layout->addRow(QString(), m_exec);
}

ExecRequest ExecForm::request() const
{
    ExecRequest request;
    // QProcess's splitter knows quotes, so "sh -c 'a b'" is three words.
    const Result<QStringList> words = ShellWords::split(m_args->text());
    if (words)
        request.args = *words;
    for (const QString &line : m_env->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        request.env << line.trimmed();
    request.cwd = m_cwd->text().trimmed();
    request.uid = quint32(m_uid->value());
    request.gid = quint32(m_gid->value());
    request.terminal = m_terminal->isChecked();
    return request;
}

void ExecForm::setRequest(const ExecRequest &request)
{
    m_args->setText(ShellWords::join(request.args));
    m_env->setPlainText(request.env.join(QLatin1Char('\n')));
    m_cwd->setText(request.cwd);
    m_uid->setValue(int(request.uid));
    m_gid->setValue(int(request.gid));
    m_terminal->setChecked(request.terminal);
}

void ExecForm::setExecEnabled(bool enabled)
{
    m_execAllowed = enabled;
    updateExecButton();
}

QString ExecForm::commandToolTip()
{
    return tr("The program and its arguments, split as a shell would: quotes group words, a backslash escapes "
              "the next character. Nothing is expanded.");
}

// A command with an open quote runs nothing: Exec waits, and the field says why.
void ExecForm::updateExecButton()
{
    const Result<QStringList> words = ShellWords::split(m_args->text());
    m_exec->setEnabled(m_execAllowed && words.ok());
    m_args->setToolTip(words.ok() ? commandToolTip() : words.error());
}
