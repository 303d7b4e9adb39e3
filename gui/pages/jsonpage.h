// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

class JsonTextEdit;
class QLabel;
class QTreeView;
class SpecModel;
class TextFindField;

// The whole document: an editable tree of every member (unknown and vendor
// fields too) beside the exact text that Save will write, editable as well
// (JsonTextEdit). The text follows the document only while it is visible,
// so a large document costs nothing here while the user works in other tabs.
class JsonPage : public EditorPage
{
    Q_OBJECT

public:
    explicit JsonPage(SpecDocument *document, QWidget *parent = nullptr);
    ~JsonPage() override;

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;
    bool focusPointer(const JsonPointer &pointer) override;

    SpecModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    JsonTextEdit *textView() const { return m_text; }
    // The bar under the text: why it does not parse, or a note.
    QLabel *textStatus() const { return m_status; }
    // Ctrl+F in the text shows it; Enter finds the next match, Shift+Enter the one before.
    TextFindField *findField() const { return m_find; }

    void showFindings(const QList<Finding> &findings) override;

Q_SIGNALS:
    // Ctrl+click in the text: the window shows the tab that edits pointer.
    void goToPointerRequested(const JsonPointer &pointer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatus(const QString &status, bool error);
    void reportCurrent(const QModelIndex &current);

    SpecModel *m_model;
    QTreeView *m_tree;
    JsonTextEdit *m_text;
    QLabel *m_status;
    bool m_statusIsError = false;
    TextFindField *m_find;
};
