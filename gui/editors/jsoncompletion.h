// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QCompleter;
class QKeyEvent;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;

// Completion for the JSON text: the member names the catalogue knows for
// the object at the cursor, or the allowed values of a string field, with
// the highlighted one's explanation in a panel beside the list. Ctrl+Space
// asks for it; typing '"' where a key belongs offers it too.
class JsonCompletion : public QObject
{
    Q_OBJECT

public:
    // The explanation of an item, for the panel.
    static constexpr int ExplanationRole = Qt::UserRole + 1;
    // What activating an item inserts.
    static constexpr int InsertRole = Qt::UserRole + 2;

    explicit JsonCompletion(QPlainTextEdit *editor);

    QStandardItemModel *model() const { return m_model; }
    QCompleter *completer() const { return m_completer; }
    QLabel *explanationPanel() const { return m_panel; }

    // Fills the model for the cursor's position and shows the list; false
    // when nothing fits there.
    bool complete();

    // For the editor's keyPressEvent: true when the key belongs to the open
    // list (Enter, Escape, ...) and the editor must not handle it.
    bool handleKey(QKeyEvent *event);
    // After the editor handled a key: narrows or opens the list.
    void typed(QKeyEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The start of the string the cursor is in (its quote), or the cursor.
    int wordStart() const;
    bool fill(int start);
    void insert(const QModelIndex &index);
    void explain(const QModelIndex &index);

    QPlainTextEdit *m_editor;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QLabel *m_panel;
    int m_start = -1;
};
