#pragma once

#include "document/json.h"
#include "ocispec/finding.h"

#include <QPointer>
#include <QWidget>

class FindingsModel;
class QLabel;
class QThread;
class QTimer;
class QTreeView;
class SpecDocument;

// Lists what the validator finds in the document, kept up to date while the
// user edits. Validation runs on a short single-shot timer restarted by every
// change, so a burst of typing costs one run, never one per keystroke; the
// run itself works on a copy of the document in a worker thread, so a
// 10,000-mount file does not stall typing.
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    // How long the document must stay unchanged before it is validated again.
    static constexpr int DelayMs = 300;

    explicit ValidationPanel(QWidget *parent = nullptr);
    ~ValidationPanel() override;

    void setDocument(SpecDocument *document);
    const QList<Finding> &findings() const;
    QTreeView *view() const { return m_view; }
    // True while a run is scheduled or in the worker thread.
    bool isValidating() const;

    // "2 errors, 1 warning" or "No problems found".
    static QString summary(const QList<Finding> &findings);

public Q_SLOTS:
    // Starts a validation run at once (after loading a file, where nobody
    // is typing); findingsChanged() reports the result.
    void validateNow();

Q_SIGNALS:
    void findingsChanged(const QList<Finding> &findings);
    // The user double-clicked (or pressed Enter on) a finding.
    void findingActivated(const JsonPointer &pointer);

private:
    void scheduleValidation();
    void showResult(const QList<Finding> &findings);
    void activate(const QModelIndex &index);

    QPointer<SpecDocument> m_document;
    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QTimer *m_timer;
    QPointer<QThread> m_worker;
    // A change arrived while the worker was busy: run again when it is done.
    bool m_rerun = false;
};
