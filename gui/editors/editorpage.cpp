// SPDX-License-Identifier: Apache-2.0
#include "editorpage.h"
#include "cellfocusreporter.h"
#include "fieldbinder.h"
#include "findingmarks.h"
#include "stringsetmodel.h"

#include "document/arraytablemodel.h"
#include "document/specdocument.h"
#include "ocispec/finding.h"
#include "ocispec/speccatalogue.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QScrollArea>

#include <algorithm>

EditorPage::EditorPage(SpecDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_binder(new FieldBinder(document, this))
{
    connect(m_binder, &FieldBinder::fieldFocused, this, &EditorPage::fieldFocused);
}

bool EditorPage::covers(const JsonPointer &pointer) const
{
    const QList<JsonPointer> covered = coveredPointers();
    for (const JsonPointer &prefix : covered) {
        if (JsonUtil::startsWith(pointer, prefix))
            return true;
    }
    return false;
}

void EditorPage::registerListView(const JsonPointer &container, QAbstractItemView *view)
{
    m_listViews.append({container, view});
    // The Explain panel follows the current cell of every table.
    if (qobject_cast<ArrayTableModel *>(view->model()))
        CellFocusReporter::watch(view, this);
}

void EditorPage::registerField(const JsonPointer &pointer, QWidget *widget)
{
    m_fields.append({pointer, widget});
}

void EditorPage::addNamedPointer(const JsonPointer &pointer)
{
    m_namedPointers.append(pointer);
}

QStringList EditorPage::allowedValues(const char *pattern)
{
    const QString text = QString::fromLatin1(pattern);
    if (!m_valuePatterns.contains(text))
        m_valuePatterns.append(text);
    const FieldInfo *field = SpecCatalogue::instance().field(text);
    return field ? SpecCatalogue::allowedValues(*field) : QStringList();
}

QList<JsonPointer> EditorPage::namedPointers() const
{
    QList<JsonPointer> pointers = coveredPointers() + m_namedPointers;
    for (const auto &field : m_fields)
        pointers.append(field.first);
    const auto addBindings = [&pointers](const FieldBinder *binder) {
        for (const auto &binding : binder->bindings())
            pointers.append(binding.second);
    };
    addBindings(m_binder);
    for (const auto &currentBinder : m_detailBinders) {
        if (const FieldBinder *binder = currentBinder())
            addBindings(binder);
    }
    for (const auto &listView : m_listViews)
        pointers.append(listView.first);
    // Every table, nested ones too: its list, and each column of a first row.
    const QList<ArrayTableModel *> tables = findChildren<ArrayTableModel *>();
    for (const ArrayTableModel *table : tables) {
        pointers.append(table->containerPointer());
        for (int column = 0; column < table->columnCount(); ++column)
            pointers.append(table->pointerFor(0, column));
    }
    return pointers;
}

static void revealInScrollArea(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent)) {
            area->ensureWidgetVisible(widget);
            return;
        }
    }
}

static void revealAndFocus(QWidget *widget)
{
    revealInScrollArea(widget);
    widget->setFocus(Qt::OtherFocusReason);
}

bool EditorPage::focusPointer(const JsonPointer &pointer)
{
    // A list element's row first: detail editors and nested tables follow it.
    QAbstractItemView *list = selectRow(pointer);
    for (JsonPointer level = pointer;; level = level.parent_pointer()) {
        if (QWidget *field = fieldFor(level)) {
            revealAndFocus(field);
            return true;
        }
        QModelIndex cell;
        if (QAbstractItemView *table = nestedTableFor(pointer, level, &cell)) {
            if (cell.isValid()) {
                table->setCurrentIndex(cell);
                table->scrollTo(cell);
            }
            revealAndFocus(table);
            return true;
        }
        if (level.empty())
            break;
    }
    if (list) {
        revealAndFocus(list);
        return true;
    }
    // An object edited field by field, a missing section say: its first field.
    if (covers(pointer)) {
        if (QWidget *field = firstFieldInside(pointer)) {
            revealAndFocus(field);
            return true;
        }
    }
    return false;
}

QAbstractItemView *EditorPage::selectRow(const JsonPointer &pointer)
{
    for (const auto &[container, view] : std::as_const(m_listViews)) {
        if (!JsonUtil::startsWith(pointer, container))
            continue;
        QModelIndex index;
        if (const auto *table = qobject_cast<const ArrayTableModel *>(view->model())) {
            // The list itself: its first row, as for other views.
            index = pointer == container ? table->index(0, 0) : table->indexFor(pointer);
        } else if (const auto *set = qobject_cast<const StringSetModel *>(view->model())) {
            index = set->indexFor(pointer);
        } else {
            const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
            const size_t depth = JsonUtil::tokens(container).size();
            int row = 0;
            if (tokens.size() > depth) {
                const Json *list = m_document->value(container);
                row = list ? JsonUtil::childRow(*list, tokens[depth]) : -1;
            }
            index = view->model()->index(row, 0);
        }
        // No row for an element that is not there: the view alone.
        revealInScrollArea(view);
        if (index.isValid()) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
        }
        return view;
    }
    return nullptr;
}

QWidget *EditorPage::fieldFor(const JsonPointer &pointer) const
{
    if (QWidget *widget = m_binder->widgetFor(pointer))
        return widget;
    for (const auto &currentBinder : m_detailBinders) {
        if (const FieldBinder *binder = currentBinder()) {
            if (QWidget *widget = binder->widgetFor(pointer))
                return widget;
        }
    }
    for (const auto &[fieldPointer, widget] : m_fields) {
        if (fieldPointer == pointer && widget)
            return widget;
    }
    return nullptr;
}

QAbstractItemView *EditorPage::nestedTableFor(const JsonPointer &pointer, const JsonPointer &level,
                                              QModelIndex *cell) const
{
    const QList<QAbstractItemView *> views = findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        // Headers share their table's model.
        const auto *table =
            qobject_cast<QHeaderView *>(view) ? nullptr : qobject_cast<const ArrayTableModel *>(view->model());
        const bool registered = std::any_of(m_listViews.begin(), m_listViews.end(),
                                            [view](const auto &listView) { return listView.second == view; });
        // A hidden table shows nothing to focus.
        if (!table || registered || !view->isVisibleTo(this)
            || !JsonUtil::startsWith(pointer, table->containerPointer()))
            continue;
        if (level == table->containerPointer()) {
            *cell = table->index(0, 0);
            return view;
        }
        const QModelIndex index = table->indexFor(pointer);
        if (index.isValid() && index.data(ArrayTableModel::PointerRole).toString() == JsonUtil::pointerString(level)) {
            *cell = index;
            return view;
        }
    }
    return nullptr;
}

QWidget *EditorPage::firstFieldInside(const JsonPointer &pointer) const
{
    const auto inside = [&pointer](const JsonPointer &field) {
        return field != pointer && JsonUtil::startsWith(field, pointer);
    };
    const auto bindings = m_binder->bindings();
    for (const auto &[widget, bound] : bindings) {
        if (inside(bound) && widget->isEnabled())
            return widget;
    }
    for (const auto &[fieldPointer, widget] : m_fields) {
        if (widget && inside(fieldPointer) && widget->isEnabled())
            return widget;
    }
    return nullptr;
}

void EditorPage::addDetailBinder(std::function<FieldBinder *()> currentBinder)
{
    m_detailBinders.append(std::move(currentBinder));
}

void EditorPage::showFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    markFields(m_binder);
    remarkFindings();
}

void EditorPage::remarkFindings()
{
    for (const auto &currentBinder : std::as_const(m_detailBinders)) {
        if (FieldBinder *binder = currentBinder())
            markFields(binder);
    }
    markTables();
}

void EditorPage::markFields(FieldBinder *binder) const
{
    const auto bindings = binder->bindings();
    for (const auto &[widget, pointer] : bindings) {
        const QString pointerText = JsonUtil::pointerString(pointer);
        QStringList messages;
        std::optional<Finding::Severity> severity;
        for (const Finding &finding : m_findings) {
            if (finding.pointer == pointerText) {
                messages << finding.message;
                severity = severity ? FindingMarks::worse(*severity, finding.severity) : finding.severity;
            }
        }
        FindingMarks::markWidget(widget, severity, messages);
    }
}

void EditorPage::markTables() const
{
    // Nested tables are rebuilt for each row of their outer table, so look them up anew.
    const QList<ArrayTableModel *> tables = findChildren<ArrayTableModel *>();
    for (ArrayTableModel *table : tables)
        table->setFindings(m_findings);
}
