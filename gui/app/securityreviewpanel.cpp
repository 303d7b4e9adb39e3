// SPDX-License-Identifier: Apache-2.0
#include "securityreviewpanel.h"

#include "securityreviewmodel.h"

#include "document/editcommands.h"
#include "document/specdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

SecurityReviewPanel::SecurityReviewPanel(QWidget *parent)
    : QWidget(parent), m_model(new SecurityReviewModel(this)), m_counts(new QLabel(this)), m_verdicts(new QLabel(this)),
      m_view(new QTreeView(this)), m_detail(new QTextBrowser(this))
      //: Alt+F belongs to the File menu.
      ,
      m_fixButton(new QPushButton(tr("Fi&x"), this)), m_goButton(new QPushButton(tr("&Go to Field"), this)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SecurityReviewPanel::reviewInBackground);

    m_counts->setObjectName(QStringLiteral("securityCounts"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_verdicts->setObjectName(QStringLiteral("securityVerdicts"));
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("securityFindingsView"));
    m_view->setAccessibleName(tr("Security findings"));
    m_view->setAccessibleDescription(tr("Hardening advice about the configuration; Enter goes to the field"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    // The finding takes the room; the code is in the detail pane, and a
    // location wider than a typical pointer is elided rather than pushing
    // the finding out of sight.
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized by the rows on screen: measuring a thousand rows of a large
    // review on every layout would hold up the window's first paint.
    m_view->header()->setResizeContentsPrecision(0);
    m_view->header()->setSectionResizeMode(SecurityReviewModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SecurityReviewModel::PointerColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(
        SecurityReviewModel::PointerColumn,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("/linux/resources/memory/limit__")));
    m_view->setColumnHidden(SecurityReviewModel::CodeColumn, true);
    m_view->setToolTip(tr("Double-click a finding to go to the field it is about."));
    connect(m_view, &QTreeView::activated, this, &SecurityReviewPanel::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SecurityReviewPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SecurityReviewPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SecurityReviewPanel::showCurrent);

    m_detail->setObjectName(QStringLiteral("securityDetail"));
    m_detail->setAccessibleName(tr("Finding details"));
    m_detail->setAccessibleDescription(tr("The selected finding: why it matters and how to fix it"));
    m_detail->setOpenLinks(false);
    m_fixButton->setObjectName(QStringLiteral("securityFixButton"));
    m_fixButton->setToolTip(tr("Apply the fix of the selected finding; Undo takes it back in one step"));
    connect(m_fixButton, &QPushButton::clicked, this, &SecurityReviewPanel::fixCurrent);
    m_goButton->setObjectName(QStringLiteral("securityGoButton"));
    connect(m_goButton, &QPushButton::clicked, this, [this] { activate(m_view->currentIndex()); });

    auto detail = new QWidget(this);
    auto detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_fixButton);
    buttons->addWidget(m_goButton);
    buttons->addStretch();
    detailLayout->addLayout(buttons);

    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("securitySplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_verdicts);
    layout->addWidget(splitter, 1);
    reviewNow();
}

SecurityReviewPanel::~SecurityReviewPanel()
{
    // The worker only reads its own copy; let it finish before it is deleted.
    if (m_worker)
        m_worker->wait();
}

void SecurityReviewPanel::setDocument(SpecDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    ++m_generation;
    if (document) {
        connect(document, &SpecDocument::contentsChanged, this, &SecurityReviewPanel::documentChanged);
        connect(document, &SpecDocument::reset, this, &SecurityReviewPanel::documentReset);
    }
    reviewNow();
}

void SecurityReviewPanel::documentChanged()
{
    ++m_generation;
    m_timer->start(DelayMs);
}

void SecurityReviewPanel::documentReset()
{
    // Another document: nothing shown may speak for it until its own review
    // is in. It waits like an edit's, which lets the window paint first.
    ++m_generation;
    m_model->setFindings({});
    m_counts->setText(tr("Reviewing…"));
    m_verdicts->clear();
    m_detail->clear();
    m_fixButton->setEnabled(false);
    m_goButton->setEnabled(false);
    m_timer->start(DelayMs);
}

QString SecurityReviewPanel::summaryText() const
{
    return m_counts->text() + QLatin1Char('\n') + m_verdicts->text();
}

QString SecurityReviewPanel::detailText() const
{
    return m_detail->toPlainText();
}

bool SecurityReviewPanel::isPending() const
{
    return m_timer->isActive() || m_worker;
}

void SecurityReviewPanel::reviewNow()
{
    m_timer->stop();
    showReview(m_document ? SecurityReview::run(m_document->root()) : QList<SecurityFinding>());
}

void SecurityReviewPanel::reviewInBackground()
{
    if (!m_document)
        return;
    if (m_worker) {
        m_rerun = true;
        return;
    }
    auto findings = std::make_shared<QList<SecurityFinding>>();
    const quint64 generation = m_generation;
    m_worker = QThread::create([root = m_document->snapshot(), findings] { *findings = SecurityReview::run(*root); });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this, findings, generation] {
        m_worker->deleteLater();
        m_worker = nullptr;
        // An edit since the copy was taken has scheduled a review of its own.
        if (generation == m_generation)
            showReview(*findings);
        if (m_rerun) {
            m_rerun = false;
            reviewInBackground();
        }
    });
    m_worker->start(QThread::LowPriority);
}

void SecurityReviewPanel::showReview(const QList<SecurityFinding> &findings)
{
    const int row = m_view->currentIndex().row();
    m_model->setFindings(findings);
    const SecuritySummary summary = SecurityReview::summarize(findings);
    m_counts->setText(m_document ? SecurityReview::countsText(summary) : QString());
    // A verdict wraps as a whole: "kubesec: failed (6 findings)" never breaks inside.
    QStringList verdicts = m_document ? SecurityReview::verdictTexts(summary) : QStringList();
    for (QString &verdict : verdicts)
        verdict.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    m_verdicts->setText(verdicts.join(QStringLiteral("   ")));
    // After a fix the next finding takes the fixed one's place, so Fix can be
    // pressed down the list.
    if (row >= 0 && m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    showCurrent();
}

void SecurityReviewPanel::fixCurrent()
{
    if (!m_document)
        return;
    const SecurityFinding *shown = m_model->findingAt(m_view->currentIndex().row());
    if (!shown || !shown->hasFix())
        return;
    const Finding wanted = shown->finding;
    // An edit may be waiting for its review, and may have moved the field
    // (a mount above it removed): fix the finding as the document holds it
    // now, found by its place or else by what it says, never a stale pointer.
    if (isPending())
        reviewNow();
    const QList<SecurityFinding> &findings = m_model->findings();
    auto match = std::find_if(findings.begin(), findings.end(),
                              [&wanted](const SecurityFinding &f) { return f.finding == wanted; });
    if (match == findings.end()) {
        match = std::find_if(findings.begin(), findings.end(), [&wanted](const SecurityFinding &f) {
            return f.finding.code == wanted.code && f.finding.message == wanted.message;
        });
    }
    if (match == findings.end() || !match->hasFix())
        return;
    m_document->undoStack()->push(new EditListCommand(m_document, match->fix, match->fixDescription));
    reviewNow();
}

void SecurityReviewPanel::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const SecurityFinding *finding = m_model->findingAt(current.row());
    m_fixButton->setEnabled(finding && finding->hasFix());
    m_goButton->setEnabled(finding != nullptr);
    if (!finding) {
        const QString hint = m_model->rowCount() == 0 && m_document
            ? tr("The configuration passes every hardening check the editor knows.")
            : tr("Select a finding to see why it matters and how to fix it.");
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(hint.toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(finding->finding.message.toHtmlEscaped());
    //: The code and the field of a finding, e.g. "security.root.writable at /root/readonly".
    const QString where = tr("%1 at %2")
                              .arg(finding->finding.code,
                                   finding->finding.pointer.isEmpty() ? QStringLiteral("/") : finding->finding.pointer);
    html += QStringLiteral("<p><code>%1</code></p>").arg(where.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>").arg(current.data(SecurityReviewModel::ExplanationRole).toString().toHtmlEscaped());
    const QStringList standards = current.data(SecurityReviewModel::StandardsRole).toStringList();
    const QString fails = standards.isEmpty() ? tr("No standard names this check; it is common hardening practice.")
                                              : tr("Fails: %1").arg(standards.join(QLatin1String(", ")));
    html += QStringLiteral("<p>%1</p>").arg(fails.toHtmlEscaped());
    const QString fix = finding->hasFix() ? tr("Fix: %1").arg(finding->fixDescription) : tr("No automatic fix.");
    html += QStringLiteral("<p>%1</p>").arg(fix.toHtmlEscaped());
    m_detail->setHtml(html);
}

void SecurityReviewPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (const auto pointer = JsonUtil::parsePointer(index.data(SecurityReviewModel::PointerRole).toString()))
        Q_EMIT findingActivated(*pointer);
}

void SecurityReviewPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    QAction *fix = menu.addAction(tr("&Fix"), this, &SecurityReviewPanel::fixCurrent);
    fix->setEnabled(index.data(SecurityReviewModel::HasFixRole).toBool());
    menu.addAction(tr("&Go to Field"), this, [this, index] { activate(index); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
