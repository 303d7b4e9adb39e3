// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "ocispec/securityreview.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTextBrowser;
class QThread;
class QTimer;
class QTreeView;
class SecurityReviewModel;
class SpecDocument;

// The security review of the document, kept up to date while the user
// edits: a summary (counts, a verdict per standard) over a table of
// findings, and beside it the current finding's explanation, the controls it
// fails and its fix. Fix applies the fix as one undo step of the ordinary
// edit commands; double-click goes to the field. After a short pause in
// typing the review runs on a copy of the document in a worker thread, as
// validation does: it is linear, but a document with 100,000 findings takes
// a second.
class SecurityReviewPanel : public QWidget
{
    Q_OBJECT

public:
    // How long the document must stay unchanged before it is reviewed again.
    static constexpr int DelayMs = 150;

    explicit SecurityReviewPanel(QWidget *parent = nullptr);
    ~SecurityReviewPanel() override;

    void setDocument(SpecDocument *document);
    SecurityReviewModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *fixButton() const { return m_fixButton; }
    // The summary as shown: counts, then the verdicts (with no-break spaces).
    QString summaryText() const;
    // The detail pane's text (for tests and screen readers).
    QString detailText() const;
    // True while a review is scheduled or in the worker thread.
    bool isPending() const;

public Q_SLOTS:
    // Reviews the document at once, in this thread (after loading a file,
    // before a fix).
    void reviewNow();
    // Applies the fix of the current finding, if it has one.
    void fixCurrent();

Q_SIGNALS:
    // The user double-clicked (or pressed Enter on, or chose Go to Field for) a finding.
    void findingActivated(const JsonPointer &pointer);

private:
    void documentChanged();
    void documentReset();
    void reviewInBackground();
    void showReview(const QList<SecurityFinding> &findings);
    void showCurrent();
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    QPointer<SpecDocument> m_document;
    SecurityReviewModel *m_model;
    QLabel *m_counts;
    QLabel *m_verdicts;
    QTreeView *m_view;
    QTextBrowser *m_detail;
    QPushButton *m_fixButton;
    QPushButton *m_goButton;
    QTimer *m_timer;
    QPointer<QThread> m_worker;
    // Counts the document's changes, so that a worker's review of an older
    // copy is never shown over a newer one.
    quint64 m_generation = 0;
    bool m_rerun = false;
};
