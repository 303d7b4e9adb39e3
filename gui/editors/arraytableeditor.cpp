// SPDX-License-Identifier: Apache-2.0
#include "arraytableeditor.h"
#include "findingmarkdelegate.h"

#include "document/specdocument.h"
#include "ocispec/speccatalogue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The catalogue's field of a list. A nested list with no element chosen
// yet ("/uidMappings" below no mount) is found by its key.
const FieldInfo *catalogueField(const JsonPointer &list)
{
    const SpecCatalogue &catalogue = SpecCatalogue::instance();
    if (const FieldInfo *field = catalogue.lookup(list))
        return field;
    if (list.empty())
        return nullptr;
    const QString suffix = QLatin1Char('/') + QString::fromStdString(list.back());
    const QList<const FieldInfo *> fields = catalogue.fields();
    const auto found = std::find_if(fields.cbegin(), fields.cend(), [&suffix](const FieldInfo *field) {
        return QLatin1String(field->pattern).endsWith(suffix);
    });
    return found == fields.cend() ? nullptr : *found;
}

} // namespace

ArrayTableEditor::ArrayTableEditor(ArrayTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)), m_add(new QToolButton(this)),
      m_prepend(new QToolButton(this)), m_remove(new QToolButton(this)), m_up(new QToolButton(this)),
      m_down(new QToolButton(this))
{
    m_view->setModel(model);
    m_view->setItemDelegate(new FindingMarkDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    // Tab moves on to the next control rather than from cell to cell, which
    // wraps round in a table and never lets the keyboard out; arrows move
    // between cells.
    m_view->setTabKeyNavigation(false);
    // The list's name and what it is for, as the catalogue has them, so that
    // a screen reader says which of a page's tables it is in.
    if (const FieldInfo *field = catalogueField(model->containerPointer())) {
        m_view->setAccessibleName(SpecCatalogue::title(*field));
        m_view->setAccessibleDescription(SpecCatalogue::summary(*field));
    }
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed row heights keep a 10,000-row table as cheap as a 10-row one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add an entry at the end"));
    m_prepend->setText(tr("Add at &top"));
    m_prepend->setToolTip(tr("Add an entry before all others"));
    m_prepend->setVisible(false);
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected entries"));
    // The moves show arrows, so that the lists beside a form fit a 1024-pixel
    // window in any language; their text stays for the mnemonic, the tooltip
    // and assistive technology.
    m_up->setText(tr("Move &up"));
    m_up->setToolTip(tr("Move the selected entry up"));
    m_up->setArrowType(Qt::UpArrow);
    m_down->setText(tr("Move do&wn"));
    m_down->setToolTip(tr("Move the selected entry down"));
    m_down->setArrowType(Qt::DownArrow);
    for (QToolButton *button : {m_add, m_prepend, m_remove})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QToolButton *button : {m_up, m_down}) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_prepend);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] { add(false); });
    connect(m_prepend, &QToolButton::clicked, this, [this] { add(true); });
    connect(m_remove, &QToolButton::clicked, this, &ArrayTableEditor::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateButtons();
                Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ArrayTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ArrayTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ArrayTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ArrayTableEditor::updateButtons);
    updateButtons();
}

void ArrayTableEditor::setPrependEnabled(bool enabled)
{
    m_prepend->setVisible(enabled);
}

int ArrayTableEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ArrayTableEditor::add(bool atTop)
{
    const Json element = m_newElement ? m_newElement() : Json::object();
    const int row = atTop ? 0 : m_model->rowCount();
    m_model->insertElement(row, element);
    const QModelIndex index = m_model->index(row, 0);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        m_view->setFocus();
        if (m_model->flags(index) & Qt::ItemIsEditable)
            m_view->edit(index);
    }
}

void ArrayTableEditor::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    if (rows.isEmpty())
        return;
    // From the bottom up, so the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    QUndoStack *stack = m_model->document()->undoStack();
    if (rows.size() > 1)
        stack->beginMacro(tr("Remove %n entries", nullptr, int(rows.size())));
    for (int row : std::as_const(rows))
        m_model->removeElement(row);
    if (rows.size() > 1)
        stack->endMacro();
}

void ArrayTableEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    m_model->moveElement(row, target);
    m_view->setCurrentIndex(m_model->index(target, qMax(0, m_view->currentIndex().column())));
}

void ArrayTableEditor::updateButtons()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
}
