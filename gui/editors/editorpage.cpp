// SPDX-License-Identifier: Apache-2.0
#include "editorpage.h"
#include "fieldbinder.h"

#include "document/arraytablemodel.h"
#include "document/specdocument.h"
#include "ocispec/finding.h"
#include "ocispec/speccatalogue.h"

#include <QAbstractItemView>
#include <QScrollArea>

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

bool EditorPage::focusPointer(const JsonPointer &pointer)
{
    // The field itself, or the nearest bound ancestor (an object edited as a whole).
    for (JsonPointer p = pointer;; p = p.parent_pointer()) {
        if (QWidget *widget = m_binder->widgetFor(p)) {
            revealInScrollArea(widget);
            widget->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (p.empty())
            break;
    }
    // An element of a list shown as a table: select its row.
    for (const auto &[container, view] : std::as_const(m_listViews)) {
        if (!JsonUtil::startsWith(pointer, container))
            continue;
        const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
        const size_t depth = JsonUtil::tokens(container).size();
        int row = 0;
        if (tokens.size() > depth) {
            const Json *list = m_document->value(container);
            row = list ? JsonUtil::childRow(*list, tokens[depth]) : -1;
        }
        // No row for an element that is not there: the view gets the focus alone.
        const QModelIndex index = view->model()->index(row, 0);
        revealInScrollArea(view);
        if (index.isValid()) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
        }
        view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
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
}

void EditorPage::markFields(FieldBinder *binder) const
{
    const auto bindings = binder->bindings();
    for (const auto &[widget, pointer] : bindings) {
        const QString pointerText = JsonUtil::pointerString(pointer);
        QStringList messages;
        bool error = false;
        for (const Finding &finding : m_findings) {
            if (finding.pointer == pointerText) {
                messages << finding.message;
                error = error || finding.severity == Finding::Severity::Error;
            }
        }
        // Remember the catalogue's tooltip so that it comes back once fixed.
        if (!widget->property("plainToolTip").isValid())
            widget->setProperty("plainToolTip", widget->toolTip());
        const QString plain = widget->property("plainToolTip").toString();
        if (messages.isEmpty()) {
            widget->setStyleSheet(QString());
            widget->setToolTip(plain);
            continue;
        }
        widget->setStyleSheet(error ? QStringLiteral("border: 2px solid #d0312d;")
                                    : QStringLiteral("border: 2px solid #e59400;"));
        widget->setToolTip(messages.join(QLatin1Char('\n'))
                           + (plain.isEmpty() ? QString() : QStringLiteral("\n\n") + plain));
    }
}
