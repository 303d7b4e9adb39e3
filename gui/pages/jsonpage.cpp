// SPDX-License-Identifier: Apache-2.0
#include "jsonpage.h"

#include "document/specdocument.h"
#include "document/specmodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

JsonPage::JsonPage(SpecDocument *document, QWidget *parent)
    : EditorPage(document, parent), m_model(new SpecModel(document, this)), m_tree(new QTreeView(this)),
      m_text(new QPlainTextEdit(this)), m_textTimer(new QTimer(this))
{
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->header()->setSectionResizeMode(SpecModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(SpecModel::KeyColumn,
                                    m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SpecModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SpecModel::TypeColumn, QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("Double-click a value to edit it; it keeps its JSON type."));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &JsonPage::reportCurrent);

    m_text->setObjectName(QStringLiteral("savedTextView"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Files indented with tabs would otherwise run off to the right.
    m_text->setTabStopDistance(m_text->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);

    auto treeLabel = new QLabel(tr("Document &tree:"), this);
    treeLabel->setBuddy(m_tree);
    auto textLabel = new QLabel(tr("The file as it will be &saved:"), this);
    textLabel->setBuddy(m_text);

    auto treeSide = new QWidget(this);
    auto treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(treeLabel);
    treeLayout->addWidget(m_tree);
    auto textSide = new QWidget(this);
    auto textLayout = new QVBoxLayout(textSide);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(textLabel);
    textLayout->addWidget(m_text);

    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("jsonSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(treeSide);
    splitter->addWidget(textSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Typing in another tab fires many changes; rebuild the text once after them.
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(150);
    connect(m_textTimer, &QTimer::timeout, this, &JsonPage::refreshText);
    connect(document, &SpecDocument::contentsChanged, this, &JsonPage::markTextStale);
    connect(document, &SpecDocument::reset, this, &JsonPage::markTextStale);
}

JsonPage::~JsonPage()
{
    // An editor still open in the tree commits while the children are
    // destroyed; this page must not hear of that change any more.
    disconnect(document(), nullptr, this, nullptr);
}

QString JsonPage::title() const
{
    return tr("JSON");
}

QList<JsonPointer> JsonPage::coveredPointers() const
{
    return {JsonPointer()};
}

void JsonPage::markTextStale()
{
    m_textStale = true;
    if (m_text->isVisible())
        m_textTimer->start();
}

void JsonPage::showEvent(QShowEvent *event)
{
    EditorPage::showEvent(event);
    if (m_textStale)
        refreshText();
}

void JsonPage::refreshText()
{
    if (!m_textStale)
        return;
    m_textStale = false;
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(QString::fromUtf8(document()->toJson()));
    m_text->verticalScrollBar()->setValue(scroll);
}

void JsonPage::reportCurrent(const QModelIndex &current)
{
    if (current.isValid())
        Q_EMIT fieldFocused(m_model->pointerForIndex(current));
}

bool JsonPage::focusPointer(const JsonPointer &pointer)
{
    // A missing member (a required field, say) is shown at its nearest parent.
    JsonPointer target = pointer;
    while (!target.empty() && !document()->contains(target))
        target = target.parent_pointer();
    const QModelIndex index = m_model->indexForPointer(target);
    if (!index.isValid() && !target.empty())
        return false;
    m_tree->setFocus(Qt::OtherFocusReason);
    if (index.isValid()) {
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
    }
    return true;
}
