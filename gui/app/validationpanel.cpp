#include "validationpanel.h"

#include "findingsmodel.h"
#include "document/specdocument.h"
#include "ocispec/validator.h"

#include <QHeaderView>
#include <QLabel>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

ValidationPanel::ValidationPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DelayMs);
    connect(m_timer, &QTimer::timeout, this, &ValidationPanel::validateNow);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    // Codes and pointers are read whole; the header samples at most 1,000 rows.
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
    // The worker only reads its own copy; let it finish before it is deleted.
    if (m_worker)
        m_worker->wait();
}

void ValidationPanel::setDocument(SpecDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &SpecDocument::contentsChanged, this, &ValidationPanel::scheduleValidation);
        connect(document, &SpecDocument::reset, this, &ValidationPanel::validateNow);
    }
    validateNow();
}

const QList<Finding> &ValidationPanel::findings() const
{
    return m_model->findings();
}

bool ValidationPanel::isValidating() const
{
    return m_timer->isActive() || m_worker;
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
    m_timer->start();
}

void ValidationPanel::validateNow()
{
    m_timer->stop();
    if (!m_document) {
        showResult({});
        return;
    }
    if (m_worker) {
        m_rerun = true;
        return;
    }
    auto findings = std::make_shared<QList<Finding>>();
    m_worker = QThread::create([root = m_document->root(), findings] { *findings = Validator::validate(root); });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this, findings] {
        m_worker->deleteLater();
        m_worker = nullptr;
        showResult(*findings);
        if (m_rerun) {
            m_rerun = false;
            validateNow();
        }
    });
    m_worker->start(QThread::LowPriority);
}

void ValidationPanel::showResult(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
    m_summary->setText(summary(findings));
    Q_EMIT findingsChanged(findings);
}

void ValidationPanel::activate(const QModelIndex &index)
{
    if (const auto pointer = JsonUtil::parsePointer(index.data(FindingsModel::PointerRole).toString()))
        Q_EMIT findingActivated(*pointer);
}
