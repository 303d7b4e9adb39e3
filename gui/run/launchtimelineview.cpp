// SPDX-License-Identifier: Apache-2.0
#include "launchtimelineview.h"

#include "document/specdocument.h"
#include "runtime/launchtimelinemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Shows each step's status: a mark beside it, and, once a run is being
// followed, the steps not reached yet in the palette's dimmed text.
class LaunchStepDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant status = index.data(LaunchTimelineModel::StatusRole);
        if (!status.isValid()) {
            option->font.setBold(true); // a phase
            return;
        }
        const auto step = LaunchStep::Status(status.toInt());
        const auto *model = qobject_cast<const LaunchTimelineModel *>(index.model());
        if (step == LaunchStep::Status::Pending && model && model->isObserving())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (index.column() != LaunchTimelineModel::StepColumn)
            return;
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->features |= QStyleOptionViewItem::HasDecoration;
        switch (step) {
        case LaunchStep::Status::Done:
            option->icon = style->standardIcon(QStyle::SP_DialogApplyButton);
            break;
        case LaunchStep::Status::Failed:
            option->icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
            option->font.setBold(true);
            break;
        case LaunchStep::Status::Running:
            option->icon = style->standardIcon(QStyle::SP_MediaPlay);
            option->font.setBold(true);
            break;
        case LaunchStep::Status::Pending:
            option->icon = blankMark(option->decorationSize);
            break;
        }
    }

private:
    // An empty mark of the icons' size keeps the titles aligned; made once.
    QIcon blankMark(const QSize &size) const
    {
        if (m_blankSize != size) {
            QPixmap blank(size);
            blank.fill(Qt::transparent);
            m_blank = QIcon(blank);
            m_blankSize = size;
        }
        return m_blank;
    }

    mutable QIcon m_blank;
    mutable QSize m_blankSize;
};

} // namespace

LaunchTimelineView::LaunchTimelineView(QWidget *parent)
    : QWidget(parent), m_model(new LaunchTimelineModel(this)), m_view(new QTreeView(this)),
      m_details(new QLabel(this)), m_goToField(new QPushButton(tr("&Go to Field"), this)), m_follow(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("What the runtime does with this bundle, in order. While a container runs from "
                                "here, the steps light up as the runtime is seen reaching them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_view->setObjectName(QStringLiteral("launchTimeline"));
    m_view->setAccessibleName(tr("Run-time steps"));
    m_view->setAccessibleDescription(
        tr("What the runtime does on create, start and delete, in order, with each step's status. Enter opens "
           "the field that causes the selected step."));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LaunchStepDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(LaunchTimelineModel::StepColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LaunchTimelineModel::FieldColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);

    auto *detailsRow = new QHBoxLayout;
    m_details->setObjectName(QStringLiteral("launchStepDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailsRow->addWidget(m_details, 1);
    m_goToField->setObjectName(QStringLiteral("launchStepGoToField"));
    m_goToField->setToolTip(tr("Shows the field that causes this step in Edit mode."));
    detailsRow->addWidget(m_goToField, 0, Qt::AlignTop);
    layout->addLayout(detailsRow);

    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LaunchTimelineView::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LaunchTimelineView::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LaunchTimelineView::showCurrent);
    connect(m_view, &QTreeView::activated, this, &LaunchTimelineView::activate);
    connect(m_goToField, &QPushButton::clicked, this, [this] { activate(m_view->currentIndex()); });

    // Editing is followed after a pause, as validation is.
    m_follow->setSingleShot(true);
    m_follow->setInterval(300);
    connect(m_follow, &QTimer::timeout, this, &LaunchTimelineView::rebuild);
    connect(m_model, &LaunchTimelineModel::observingChanged, m_view->viewport(),
            qOverload<>(&QWidget::update));
    m_view->expandAll();
    showCurrent();
}

void LaunchTimelineView::setDocument(SpecDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &SpecDocument::reset, m_follow, qOverload<>(&QTimer::start));
        connect(m_document, &SpecDocument::contentsChanged, m_follow, qOverload<>(&QTimer::start));
    }
    rebuild();
}

void LaunchTimelineView::setRuntimeName(const QString &name)
{
    if (name.isEmpty() || name == m_runtime)
        return;
    m_runtime = name;
    rebuild();
}

void LaunchTimelineView::rebuild()
{
    if (m_model->isObserving())
        return; // the container was made from the config as it was
    m_model->setConfig(m_document ? m_document->root() : Json::object(), m_runtime);
}

void LaunchTimelineView::follow(ContainerSession *session)
{
    m_model->follow(session);
}

void LaunchTimelineView::showCurrent()
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(LaunchTimelineModel::StepColumn);
    const QVariant status = index.data(LaunchTimelineModel::StatusRole);
    const QString pointer = index.data(LaunchTimelineModel::PointerRole).toString();
    m_goToField->setEnabled(!pointer.isEmpty());
    if (!status.isValid()) {
        m_details->setText(tr("Select a step to see what happens in it and which field causes it."));
        return;
    }
    const auto actor = LaunchStep::Actor(index.data(LaunchTimelineModel::ActorRole).toInt());
    QString html = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(index.data().toString().toHtmlEscaped(),
                            LaunchTimelineModel::actorName(actor, m_runtime).toHtmlEscaped(),
                            index.data(LaunchTimelineModel::DetailRole).toString().toHtmlEscaped().replace(
                                QLatin1Char('\n'), QLatin1String("<br>")));
    if (!pointer.isEmpty())
        html += QStringLiteral("<br>") + tr("Caused by %1.").arg(QStringLiteral("<code>%1</code>").arg(pointer.toHtmlEscaped()));
    const QString evidence = index.data(LaunchTimelineModel::EvidenceRole).toString();
    html += QStringLiteral("<br><i>%1</i>")
                .arg(tr("Status: %1")
                         .arg(LaunchTimelineModel::statusName(LaunchStep::Status(status.toInt())))
                         .toHtmlEscaped());
    if (!evidence.isEmpty())
        html += QStringLiteral(" — ") + evidence.toHtmlEscaped();
    m_details->setText(html);
}

void LaunchTimelineView::activate(const QModelIndex &index)
{
    const QString pointer = index.siblingAtColumn(LaunchTimelineModel::StepColumn)
                                .data(LaunchTimelineModel::PointerRole)
                                .toString();
    if (pointer.isEmpty())
        return;
    Q_EMIT pointerActivated(JsonPointer(JsonUtil::toStd(pointer)));
}
