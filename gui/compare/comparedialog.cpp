// SPDX-License-Identifier: Apache-2.0
#include "comparedialog.h"

#include "specdiffmodel.h"

#include "compare/specdiff.h"
#include "document/specdocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// After the last edit, as validation waits.
constexpr int RecompareDelayMs = 300;

} // namespace

CompareDialog::CompareDialog(SpecDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_model(new SpecDiffModel(this)), m_heading(new QLabel(this)),
      m_reportOrder(new QCheckBox(tr("Report &order changes too"), this)), m_view(new QTreeView(this)),
      m_summary(new QLabel(this)), m_recompare(new QTimer(this))
{
    setWindowTitle(tr("Compare"));
    setModal(false);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_reportOrder->setObjectName(QStringLiteral("reportOrder"));
    m_reportOrder->setToolTip(
        tr("Members in another order, and list elements moved where their order does not matter (env, namespaces)"));

    m_view->setObjectName(QStringLiteral("changes"));
    m_view->setAccessibleName(tr("Changes"));
    m_view->setAccessibleDescription(tr("The fields that differ, as a tree; Enter goes to the field in the editor"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    // The two values share what the field and its pointer leave: a long
    // value must not push the other side out of sight.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SpecDiffModel::ThisColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SpecDiffModel::OtherColumn, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_recompare->setSingleShot(true);
    m_recompare->setInterval(RecompareDelayMs);
    connect(m_recompare, &QTimer::timeout, this, &CompareDialog::compare);
    connect(document, &SpecDocument::contentsChanged, m_recompare, qOverload<>(&QTimer::start));
    connect(m_reportOrder, &QCheckBox::toggled, this, &CompareDialog::compare);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QVariant pointer = index.data(SpecDiffModel::ThisPointerRole);
        if (pointer.isValid())
            Q_EMIT fieldRequested(pointer.value<JsonPointer>());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_reportOrder);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(900, 520);
}

void CompareDialog::setOther(const Json &other, const QString &otherName)
{
    m_other = other;
    //: %1 names the other config: a path or "the runc template".
    m_heading->setText(
        tr("Differences between this bundle and %1. Double-click a change to go to its field.").arg(otherName));
    m_model->setSideTitles(tr("This bundle"), otherName);
    compare();
}

void CompareDialog::compare()
{
    m_recompare->stop();
    m_model->setChanges(SpecDiff::compute(m_document->root(), m_other, {.reportOrder = m_reportOrder->isChecked()}));
    m_view->expandAll();
    m_view->resizeColumnToContents(SpecDiffModel::FieldColumn);
    m_view->resizeColumnToContents(SpecDiffModel::PointerColumn);
    const int count = int(m_model->changes().size());
    m_summary->setText(count == 0 ? tr("The two configurations are the same.")
                                  : tr("%n difference(s)", nullptr, count));
}
