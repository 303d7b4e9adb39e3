// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

class QPlainTextEdit;
class QTimer;
class QTreeView;
class SpecModel;

// The whole document: an editable tree of every member (unknown and vendor
// fields too) beside the exact text that Save will write. The text is only
// rebuilt while it is visible, so a large document costs nothing here while
// the user works in other tabs.
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
    QPlainTextEdit *textView() const { return m_text; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markTextStale();
    void refreshText();
    void reportCurrent(const QModelIndex &current);

    SpecModel *m_model;
    QTreeView *m_tree;
    QPlainTextEdit *m_text;
    QTimer *m_textTimer;
    bool m_textStale = true;
};
