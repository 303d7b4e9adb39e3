// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTimer;
class QTreeView;
class SpecDiffModel;
class SpecDocument;

// File › Compare With: the open document against another config, field by
// field (SpecDiff), as a tree that follows the document's edits. Not modal,
// so the window stays usable; activating a change asks for its field.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(SpecDocument *document, QWidget *parent = nullptr);

    // Compares with `other`, named for people by `otherName` (a path, "the
    // runc template").
    void setOther(const Json &other, const QString &otherName);

    SpecDiffModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    // A change was activated (double-click, Enter): its place in this document.
    void fieldRequested(const JsonPointer &pointer);

private:
    void compare();

    SpecDocument *m_document;
    Json m_other;
    SpecDiffModel *m_model;
    QLabel *m_heading;
    QCheckBox *m_reportOrder;
    QTreeView *m_view;
    QLabel *m_summary;
    QTimer *m_recompare; // a burst of edits compares once
};
