// SPDX-License-Identifier: Apache-2.0
#include "validationpanel.h"

#include "findingsmodel.h"
#include "document/specdocument.h"
#include "ocispec/rootfscheckcache.h"
#include "ocispec/validator.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

ValidationPanel::ValidationPanel(QWidget *parent)
    : QWidget(parent), m_model(new FindingsModel(this)), m_view(new QTreeView(this)), m_summary(new QLabel(this)),
      m_timer(new QTimer(this)), m_bundlePool(new QThreadPool(this)),
      m_rootfsCache(std::make_shared<RootfsCheckCache>())
{
    m_bundlePool->setMaxThreadCount(1);
    m_bundlePool->setThreadPriority(QThread::LowPriority);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ValidationPanel::validateNow);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setAccessibleName(tr("Validation findings"));
    m_view->setAccessibleDescription(tr("Errors and warnings about the configuration; Enter goes to the field"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    // Codes and pointers on screen are read whole. Only those rows are
    // measured: a thousand rows of 10,000 findings, measured on every layout,
    // would hold up the window's first paint.
    m_view->header()->setResizeContentsPrecision(0);
    m_view->header()->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::PointerColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Double-click a finding to go to the field it is about."));
    connect(m_view, &QTreeView::activated, this, &ValidationPanel::activate);

    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
}

ValidationPanel::~ValidationPanel()
{
    // The bundle run holds no pointer to the panel; cancelled, it ends at its
    // next step, and the pool waits for that.
    m_bundleRun.cancel();
    // The worker only reads its own copy; let it finish before it is deleted.
    if (m_worker)
        m_worker->wait();
}

void ValidationPanel::setDocument(SpecDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    if (document) {
        connect(document, &SpecDocument::contentsChanged, this, &ValidationPanel::scheduleValidation);
        connect(document, &SpecDocument::reset, this, &ValidationPanel::documentReset);
        // Save As moves the document to another bundle.
        connect(document, &SpecDocument::filePathChanged, this, &ValidationPanel::documentReset);
    }
    validateNow();
}

const QList<Finding> &ValidationPanel::findings() const
{
    return m_model->findings();
}

bool ValidationPanel::isValidating() const
{
    return m_timer->isActive() || m_worker || m_bundleShown != m_generation;
}

QString ValidationPanel::summary(const QList<Finding> &findings)
{
    const qsizetype errors = Findings::count(findings, Finding::Severity::Error);
    const qsizetype warnings = Findings::count(findings, Finding::Severity::Warning);
    const qsizetype infos = Findings::count(findings, Finding::Severity::Info);
    if (errors + warnings + infos == 0)
        return tr("No problems found");
    QStringList parts;
    if (errors)
        parts << tr("%n error(s)", nullptr, int(errors));
    if (warnings)
        parts << tr("%n warning(s)", nullptr, int(warnings));
    if (infos)
        parts << tr("%n note(s)", nullptr, int(infos));
    return parts.join(tr(", "));
}

void ValidationPanel::scheduleValidation()
{
    m_timer->start(DelayMs);
}

void ValidationPanel::documentReset()
{
    // Another document, or the same one in another bundle: nothing shown may
    // speak for it until its own checks are in. They wait like an edit's,
    // which lets the window paint the document first.
    ++m_generation;
    ++m_resets;
    m_bundleRun.cancel();
    m_documentFindings.clear();
    m_bundleFindings.clear();
    m_model->setFindings({});
    m_summary->setText(tr("Checking…"));
    Q_EMIT findingsChanged({});
    m_timer->start(DelayMs);
}

void ValidationPanel::validateNow()
{
    m_timer->stop();
    ++m_generation;
    if (!m_document) {
        m_bundleRun.cancel();
        m_bundleShown = m_generation;
        m_documentFindings.clear();
        m_bundleFindings.clear();
        showFindings();
        return;
    }
    // One copy of the document for both workers (and the security review):
    // copying 10,000 mounts is the only part of a run that costs the editing
    // thread anything.
    const std::shared_ptr<const Json> root = m_document->snapshot();
    startBundleRun(root);
    if (m_worker)
        m_rerun = true;
    else
        startDocumentRun(root);
}

void ValidationPanel::startDocumentRun(const std::shared_ptr<const Json> &root)
{
    auto findings = std::make_shared<QList<Finding>>();
    // The text a save would write, for what runc's JSON decoder refuses in
    // it ("-0" kept as written); serialized in the worker, not here.
    m_worker = QThread::create([root, format = m_document->format(), findings] {
        ValidationContext context;
        context.sourceText = QByteArray::fromStdString(format.serialize(*root));
        *findings = Validator().checkDocument(*root, context);
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this, findings, resets = m_resets] {
        m_worker->deleteLater();
        m_worker = nullptr;
        // Findings of the document before a reset are not this one's.
        if (resets == m_resets) {
            m_documentFindings = *findings;
            showFindings();
        }
        if (m_rerun && m_document) {
            m_rerun = false;
            startDocumentRun(m_document->snapshot());
        }
    });
    m_worker->start(QThread::LowPriority);
}

void ValidationPanel::startBundleRun(const std::shared_ptr<const Json> &root)
{
    m_bundleRun.cancel(); // stops at its next step; its result is dropped below
    const QString bundle = m_document->bundleDirectory();
    if (bundle != m_bundleFindingsDirectory) {
        m_bundleFindings.clear();
        m_bundleFindingsDirectory = bundle;
    }
    if (bundle.isEmpty()) {
        m_bundleRun = {};
        m_bundleShown = m_generation;
        return;
    }
    ValidationContext context;
    context.bundleDirectory = bundle;
    context.rootfsCache = m_rootfsCache;
    auto promise = std::make_shared<QPromise<QList<Finding>>>();
    context.canceled = [promise = std::weak_ptr(promise)] {
        const auto alive = promise.lock();
        return !alive || alive->isCanceled();
    };
    m_bundleRun = promise->future();
    promise->start();
    m_bundlePool->start([promise, root, context] {
        QList<Finding> findings = Validator().checkBundle(*root, context);
        if (!promise->isCanceled())
            promise->addResult(std::move(findings));
        promise->finish();
    });
    auto watcher = new QFutureWatcher<QList<Finding>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        const QFuture<QList<Finding>> run = watcher->future();
        // A newer change has its own run on the way: this result is stale.
        if (generation != m_generation || run.isCanceled() || run.resultCount() == 0)
            return;
        m_bundleFindings = run.result();
        m_bundleShown = generation;
        showFindings();
    });
    watcher->setFuture(m_bundleRun);
}

void ValidationPanel::showFindings()
{
    QList<Finding> findings = m_documentFindings;
    findings += m_bundleFindings;
    m_model->setFindings(findings);
    m_summary->setText(summary(findings));
    Q_EMIT findingsChanged(findings);
}

void ValidationPanel::activate(const QModelIndex &index)
{
    if (const auto pointer = JsonUtil::parsePointer(index.data(FindingsModel::PointerRole).toString()))
        Q_EMIT findingActivated(*pointer);
}
