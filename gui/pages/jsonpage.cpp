// SPDX-License-Identifier: Apache-2.0
#include "jsonpage.h"

#include "editors/findingmarks.h"
#include "editors/textfindfield.h"

#include "document/specdocument.h"
#include "document/specmodel.h"
#include "editors/jsontextedit.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

JsonPage::JsonPage(SpecDocument *document, QWidget *parent)
    : EditorPage(document, parent), m_model(new SpecModel(document, this)), m_tree(new QTreeView(this)),
      m_text(new JsonTextEdit(document, this)), m_status(new QLabel(this)),
      m_find(new TextFindField(m_text, m_text, this))
{
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setAccessibleName(tr("Members"));
    m_tree->setAccessibleDescription(tr("Every member of config.json as a tree; values can be edited in place"));
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

    connect(m_text, &JsonTextEdit::statusChanged, this, &JsonPage::showStatus);
    connect(m_text, &JsonTextEdit::pointerActivated, this, &JsonPage::goToPointerRequested);
    connect(m_text, &JsonTextEdit::pointerFocused, this, &JsonPage::fieldFocused);
    m_status->setObjectName(QStringLiteral("jsonTextStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_find->setObjectName(QStringLiteral("jsonFindField"));
    m_find->setPlaceholderText(tr("Find in the text (Enter: next, Shift+Enter: previous, Esc: close)"));

    auto treeLabel = new QLabel(tr("Document &tree:"), this);
    treeLabel->setBuddy(m_tree);
    auto textLabel = new QLabel(tr("The file as it will be &saved (editable; Ctrl+Space completes, Ctrl+click "
                                   "opens the tab for a field):"),
                                this);
    textLabel->setWordWrap(true);
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
    textLayout->addWidget(m_status);
    textLayout->addWidget(m_find);

    auto splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("jsonSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(treeSide);
    splitter->addWidget(textSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
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

void JsonPage::showStatus(const QString &status, bool error)
{
    m_status->setText(status);
    m_statusIsError = error;
    // An error reads like the form pages' marked fields, in the palette's
    // error colour (a fixed red is unreadable on some dark palettes).
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, FindingMarks::color(Finding::Severity::Error, palette));
    m_status->setPalette(palette);
    m_status->setVisible(!status.isEmpty());
}

void JsonPage::changeEvent(QEvent *event)
{
    EditorPage::changeEvent(event);
    // The status holds a palette of its own: it takes the new one's colours.
    if (event->type() == QEvent::PaletteChange)
        showStatus(m_status->text(), m_statusIsError);
}

void JsonPage::showFindings(const QList<Finding> &findings)
{
    EditorPage::showFindings(findings);
    m_text->showFindings(findings);
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
