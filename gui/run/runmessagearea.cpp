// SPDX-License-Identifier: Apache-2.0
#include "runmessagearea.h"
#include "app/findingsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

RunMessageArea::RunMessageArea(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_findings(new FindingsModel(this)),
      m_findingsView(new QTableView(this))
{
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("runMessage"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findingsView->setObjectName(QStringLiteral("runtimeFindings"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setShowGrid(false);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->verticalHeader()->hide();
    // Whole messages: wrapped, never elided (the tooltip holds them too). A
    // table, not a tree: QTreeView sizes rows without the column's width.
    m_findingsView->setWordWrap(true);
    m_findingsView->setTextElideMode(Qt::ElideNone);
    m_findingsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findingsView->setMaximumHeight(120);
    m_findingsView->setToolTip(tr("Double-click a line to go to the field it is about."));
    m_findingsView->setAccessibleName(tr("What the runtime reported"));
    QHeaderView *columns = m_findingsView->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    // Codes and places are read whole, as in the Validation panel.
    columns->setSectionResizeMode(FindingsModel::CodeColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(FindingsModel::PointerColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    connect(m_findingsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const auto pointer = JsonUtil::parsePointer(index.data(FindingsModel::PointerRole).toString()))
            Q_EMIT findingActivated(*pointer);
    });

    auto *line = new QHBoxLayout;
    line->addWidget(m_icon);
    line->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_findingsView);
    updateVisibility();
}

void RunMessageArea::setDocument(const SpecDocument *document)
{
    m_findings->setDocument(document);
}

void RunMessageArea::showMessage(const QString &text, Finding::Severity severity)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(FindingsModel::severityIcon(severity).pixmap(iconSize, iconSize));
    m_text->setText(text);
    updateVisibility();
}

void RunMessageArea::setFindings(const QList<Finding> &findings)
{
    m_findings->setFindings(findings);
    updateVisibility();
}

void RunMessageArea::clear()
{
    m_text->clear();
    m_findings->setFindings({});
    updateVisibility();
}

QString RunMessageArea::text() const
{
    return m_text->text();
}

QList<Finding> RunMessageArea::findings() const
{
    return m_findings->findings();
}

void RunMessageArea::updateVisibility()
{
    const bool hasText = !m_text->text().isEmpty();
    m_icon->setVisible(hasText);
    m_text->setVisible(hasText);
    m_findingsView->setVisible(m_findings->rowCount() > 0);
    setVisible(hasText || m_findings->rowCount() > 0);
}
