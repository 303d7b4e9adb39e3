// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "ocispec/finding.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <memory>

class FindingsModel;
class RootfsCheckCache;
class QLabel;
class QThread;
class QThreadPool;
class QTimer;
class QTreeView;
class SpecDocument;

// Lists what the validator finds in the document, kept up to date while the
// user edits. Validation runs on a short single-shot timer restarted by every
// change, so a burst of typing costs one run, never one per keystroke; the
// run itself works on a copy of the document in a worker thread, so a
// 10,000-mount file does not stall typing. The checks of the bundle on this
// machine and of its root filesystem read files: they run in a thread pool
// of their own, their findings join the document's when they arrive, a
// newer change cancels a run and drops its result, and a cache spares an
// unchanged root filesystem another reading.
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
    // True while a run is scheduled or in a worker thread, or its findings
    // have not been shown yet.
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
    void documentReset();
    void startDocumentRun(const std::shared_ptr<const Json> &root);
    void startBundleRun(const std::shared_ptr<const Json> &root);
    // Shows the document's findings and the latest bundle findings together.
    void showFindings();
    void activate(const QModelIndex &index);

    QPointer<SpecDocument> m_document;
    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QTimer *m_timer;
    QPointer<QThread> m_worker;
    // A change arrived while the worker was busy: run again when it is done.
    bool m_rerun = false;
    QList<Finding> m_documentFindings;
    QList<Finding> m_bundleFindings;
    // The bundle m_bundleFindings are about: another one's are dropped at once.
    QString m_bundleFindingsDirectory;
    // Counts validations; a bundle result counts only for the newest.
    quint64 m_generation = 0;
    quint64 m_bundleShown = 0;
    // Counts resets; a document run's findings from before one are dropped.
    quint64 m_resets = 0;
    // One low-priority thread: a stale run stops at its next step, and
    // reading files never takes the editing thread's core.
    QThreadPool *m_bundlePool;
    QFuture<QList<Finding>> m_bundleRun;
    std::shared_ptr<RootfsCheckCache> m_rootfsCache;
};
