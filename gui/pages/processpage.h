// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

#include <QHash>

class ArrayTableEditor;
class QCheckBox;
class QComboBox;
class QLineEdit;

// The container's process: command line, environment, user, terminal,
// privileges, resource limits, scheduling, I/O priority and CPU affinity.
// Capabilities have a tab of their own.
class ProcessPage : public EditorPage
{
    Q_OBJECT

public:
    explicit ProcessPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;

    ArrayTableEditor *argsEditor() const { return m_args; }
    ArrayTableEditor *envEditor() const { return m_env; }
    ArrayTableEditor *rlimitsEditor() const { return m_rlimits; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFields();
    QWidget *createLists();
    QWidget *createCommandGroup();
    QWidget *createUserGroup();
    QWidget *createPrivilegesGroup();
    QWidget *createSchedulerGroup();
    QWidget *createIoPriorityGroup();
    QWidget *createAffinityGroup();
    QLineEdit *integerEdit(const char *objectName, const char *pointer, const QString &placeholder = QString());
    QLineEdit *textEdit(const char *objectName, const char *pointer, const QString &placeholder,
                        bool removeWhenEmpty = true);
    QComboBox *choiceBox(const char *objectName, const char *pointer);
    QWidget *createUmaskRow();
    QLineEdit *createAdditionalGids();
    QWidget *createSchedulerFlags();
    void toggleSchedulerFlag(const QString &flag, bool on);
    void writeAdditionalGids();
    // Custom widgets (not bound by FieldBinder) report focus for Explain,
    // and are the fields focusPointer() finds for their pointer.
    void watchFocus(QWidget *widget, const JsonPointer &pointer);

    ArrayTableEditor *m_args = nullptr;
    ArrayTableEditor *m_env = nullptr;
    ArrayTableEditor *m_rlimits = nullptr;
    QHash<QObject *, JsonPointer> m_customWidgets;
    QLineEdit *m_additionalGids = nullptr;
    QList<QCheckBox *> m_schedulerFlags;
};
