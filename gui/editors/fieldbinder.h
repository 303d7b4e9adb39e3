// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QWidget;
class SpecDocument;

// Binds plain input widgets to JSON pointers of the document. The widget
// shows the document's value and follows every change (undo included);
// typing pushes an undoable SetValueCommand (consecutive keystrokes merge
// into one step), named by UndoText. Widgets keep no data of their own.
class FieldBinder : public QObject
{
    Q_OBJECT

public:
    explicit FieldBinder(SpecDocument *document, QObject *parent = nullptr);

    SpecDocument *document() const { return m_document; }

    // A string member; empty text removes it when removeWhenEmpty.
    void bindText(QLineEdit *edit, const JsonPointer &pointer, bool removeWhenEmpty = true);
    // An integer member (int64 or uint64, exact); empty text removes it.
    // The edit gets a validator for [minimum, maximum].
    void bindInteger(QLineEdit *edit, const JsonPointer &pointer, qint64 minimum = std::numeric_limits<qint64>::min(),
                     quint64 maximum = std::numeric_limits<quint64>::max());
    // A boolean member; an absent member shows unchecked.
    void bindBool(QCheckBox *box, const JsonPointer &pointer);
    // A string member chosen from values; the first item "(not set)"
    // removes it. Unknown values found in the file are added to the list.
    void bindChoice(QComboBox *box, const JsonPointer &pointer, const QStringList &values);

    // Extra bindings written by a page: refresh() is called on every change.
    void addRefresher(QObject *context, std::function<void()> refresh);

    // The pointer a bound widget edits, or an empty optional.
    std::optional<JsonPointer> pointerOf(const QWidget *widget) const;
    // The widget bound to exactly this pointer, or nullptr.
    QWidget *widgetFor(const JsonPointer &pointer) const;
    // Every bound widget with its pointer (for marking findings).
    QList<QPair<QWidget *, JsonPointer>> bindings() const;

public Q_SLOTS:
    void refreshAll();

Q_SIGNALS:
    // A bound widget got focus; the Explain panel follows this.
    void fieldFocused(const JsonPointer &pointer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        JsonPointer pointer;
        std::function<void()> refresh;
    };
    void add(QWidget *widget, const JsonPointer &pointer, std::function<void()> refresh);
    void write(const JsonPointer &pointer, const std::optional<Json> &value);

    SpecDocument *m_document;
    QList<Binding> m_bindings;
    bool m_writing = false;
};
