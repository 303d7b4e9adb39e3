// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "ocispec/finding.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class FieldBinder;
class SpecDocument;
class QAbstractItemView;

// One tab of the editor: a view of one part of the document. Pages keep no
// data of their own; they read and edit through the document (FieldBinder
// for single fields, ArrayTableEditor for lists).
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    EditorPage(SpecDocument *document, QWidget *parent = nullptr);

    SpecDocument *document() const { return m_document; }
    FieldBinder *binder() const { return m_binder; }

    // Translated tab title, e.g. "Mounts".
    virtual QString title() const = 0;
    // The pointers this page edits: a finding or an Explain request under one
    // of them belongs to this page.
    virtual QList<JsonPointer> coveredPointers() const = 0;
    bool covers(const JsonPointer &pointer) const;

    // Every pointer the page names, concrete ("/mounts/0/destination"): the
    // covered ones, the bound fields (of detail editors too, for the row they
    // show), the lists and their tables' columns for a first element, and
    // what the page edits by code of its own. tst_pagepointers looks each
    // one up in the catalogue, so that a mistyped pointer fails loudly.
    QList<JsonPointer> namedPointers() const;
    // The catalogue patterns ("/process/rlimits/*/type") whose allowed values
    // the page offers.
    QStringList valuePatterns() const { return m_valuePatterns; }

    // Shows and focuses the widget that edits pointer or its nearest
    // ancestor: a field (bound, of a detail editor, or of the page's own),
    // a cell of a table or of a table nested in the current row, else the
    // row of a list element, else the first field inside an object the page
    // covers (a missing section). Returns false when nothing fits.
    virtual bool focusPointer(const JsonPointer &pointer);
    // Marks bound fields and table cells that have findings (FindingMarks:
    // a frame in the error or warning color, the messages as tooltip).
    virtual void showFindings(const QList<Finding> &findings);
    // Marks the fields of detail editors (addDetailBinder()) and the tables
    // anew, after they were bound to another row.
    void remarkFindings();

Q_SIGNALS:
    // The user moved into a field; the Explain panel shows it.
    void fieldFocused(const JsonPointer &pointer);

protected:
    // Registers a list view whose rows are the elements of container, so
    // that focusPointer() selects the right cell and, for a table, the
    // Explain panel follows its current cell.
    void registerListView(const JsonPointer &container, QAbstractItemView *view);
    // Registers a detail editor whose FieldBinder is replaced as its table's
    // current row changes (see CurrentRowBinding): its fields are marked like
    // the page's own. Call remarkFindings() after each replacement.
    void addDetailBinder(std::function<FieldBinder *()> currentBinder);
    // A widget of the page's own (no FieldBinder's) that edits pointer:
    // focusPointer() focuses it for pointer and what lies inside it, and
    // namedPointers() names it.
    void registerField(const JsonPointer &pointer, QWidget *widget);
    // A pointer the page edits without a FieldBinder, a table or a field of
    // its own, for namedPointers().
    void addNamedPointer(const JsonPointer &pointer);
    // The values the catalogue allows for a field pattern, for choices.
    QStringList allowedValues(const char *pattern);

private:
    void markFields(FieldBinder *binder) const;
    void markTables() const;
    // Makes the row of a list element current; the view, or nullptr when no
    // registered list holds pointer.
    QAbstractItemView *selectRow(const JsonPointer &pointer);
    // The field that edits exactly pointer: bound, of a detail editor, or of
    // the page's own.
    QWidget *fieldFor(const JsonPointer &pointer) const;
    // A table other than the registered lists (one nested in the current
    // row) with a cell for exactly level, which holds pointer; and the cell.
    QAbstractItemView *nestedTableFor(const JsonPointer &pointer, const JsonPointer &level, QModelIndex *cell) const;
    // The first enabled field inside pointer, in the order the page made them.
    QWidget *firstFieldInside(const JsonPointer &pointer) const;

    SpecDocument *m_document;
    FieldBinder *m_binder;
    QList<QPair<JsonPointer, QAbstractItemView *>> m_listViews;
    QList<std::function<FieldBinder *()>> m_detailBinders;
    QList<JsonPointer> m_namedPointers;
    QList<QPair<JsonPointer, QPointer<QWidget>>> m_fields;
    QStringList m_valuePatterns;
    QList<Finding> m_findings; // the last ones shown, for detail editors that rebind
};
