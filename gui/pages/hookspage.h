// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

#include <QPointer>

class ArrayTableEditor;
class CurrentRowBinding;
class NestedTableSlot;
class QLabel;
class QLineEdit;
class QListWidget;

// The Hooks tab: pick one of the six hook kinds, edit its list of hooks
// (path, timeout) and the arguments and environment of the current hook.
class HooksPage : public EditorPage
{
    Q_OBJECT

public:
    HooksPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;
    bool focusPointer(const JsonPointer &pointer) override;

    static QStringList kinds();
    void setCurrentKind(const QString &kind);
    QListWidget *kindList() const { return m_kinds; }
    ArrayTableEditor *hooksTable() const;
    NestedTableSlot *argsTable() const { return m_args; }
    NestedTableSlot *envTable() const { return m_env; }

private:
    ArrayTableEditor *createHooksTable(const JsonPointer &kind, QWidget *parent);
    void showKind(int row);

    QListWidget *m_kinds;
    QLabel *m_note;
    NestedTableSlot *m_hooks;
    QWidget *m_detail;
    QLineEdit *m_path;
    QLineEdit *m_timeout;
    NestedTableSlot *m_args;
    NestedTableSlot *m_env;
    QPointer<CurrentRowBinding> m_currentHook; // of the kind shown; goes with its table
};
