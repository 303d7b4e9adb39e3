#pragma once

#include "json/json.h"
#include "spec/securityreview.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeView;
class SecurityReviewModel;
class SpecDocument;

// The security review of the document, kept up to date while the user
// edits: a summary (counts, a verdict per standard) over a table of
// findings, and beside it the current finding's explanation, the controls it
// fails and its fix. Fix applies the fix as one undo step of the ordinary
// edit commands; double-click goes to the field. The review is linear in the
// document and reads nothing else, so it runs in this thread after a short
// pause in typing.
class SecurityReviewPanel : public QWidget
{
    Q_OBJECT

public:
    // How long the document must stay unchanged before it is reviewed again.
    static constexpr int DelayMs = 150;

    explicit SecurityReviewPanel(QWidget *parent = nullptr);

    void setDocument(SpecDocument *document);
    SecurityReviewModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *fixButton() const { return m_fixButton; }
    // The summary as shown: counts, then the verdicts (with no-break spaces).
    QString summaryText() const;
    // The detail pane's text (for tests and screen readers).
    QString detailText() const;
    // True while a review is scheduled.
    bool isPending() const;

public Q_SLOTS:
    // Reviews the document at once.
    void reviewNow();
    // Applies the fix of the current finding, if it has one.
    void fixCurrent();

Q_SIGNALS:
    // The user double-clicked (or pressed Enter on, or chose Go to Field for) a finding.
    void findingActivated(const JsonPointer &pointer);

private:
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
};
