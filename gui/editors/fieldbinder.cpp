// SPDX-License-Identifier: Apache-2.0
#include "fieldbinder.h"

#include "fieldcontextmenu.h"

#include "document/specdocument.h"
#include "document/undotext.h"
#include "ocispec/speccatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QEvent>
#include <QLineEdit>
#include <QRegularExpressionValidator>

#include <charconv>

namespace {

QString textOf(const Json *value)
{
    if (!value || value->is_null())
        return QString();
    if (value->is_string())
        return JsonUtil::toQString(value->get_ref<const std::string &>());
    return JsonUtil::toQString(value->dump());
}

// Parses an integer exactly, as int64 when it fits and uint64 above that.
std::optional<Json> parseInteger(const QString &text, qint64 minimum, quint64 maximum)
{
    const std::string digits = JsonUtil::toStd(text.trimmed());
    const char *begin = digits.data();
    const char *end = begin + digits.size();
    if (!digits.empty() && digits[0] == '-') {
        std::int64_t value = 0;
        auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec != std::errc() || ptr != end || value < minimum)
            return std::nullopt;
        return Json(value);
    }
    std::uint64_t value = 0;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || value > maximum || (minimum > 0 && value < quint64(minimum)))
        return std::nullopt;
    if (value <= quint64(std::numeric_limits<std::int64_t>::max()))
        return Json(std::int64_t(value));
    return Json(value);
}

} // namespace

FieldBinder::FieldBinder(SpecDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(document, &SpecDocument::contentsChanged, this, &FieldBinder::refreshAll);
}

void FieldBinder::add(QWidget *widget, const JsonPointer &pointer, std::function<void()> refresh)
{
    m_bindings.append({widget, pointer, refresh});
    widget->installEventFilter(this);
    if (const FieldInfo *field = SpecCatalogue::instance().lookup(pointer)) {
        if (widget->toolTip().isEmpty())
            widget->setToolTip(SpecCatalogue::summary(*field));
    }
    refresh();
}

void FieldBinder::addRefresher(QObject *context, std::function<void()> refresh)
{
    connect(m_document, &SpecDocument::contentsChanged, context, refresh);
    refresh();
}

void FieldBinder::write(const JsonPointer &pointer, const std::optional<Json> &value)
{
    m_writing = true;
    if (!value)
        m_document->removeValue(pointer, UndoText::clear(pointer));
    else
        m_document->setValue(pointer, *value, UndoText::set(pointer));
    m_writing = false;
}

void FieldBinder::bindText(QLineEdit *edit, const JsonPointer &pointer, bool removeWhenEmpty)
{
    add(edit, pointer, [this, edit, pointer] {
        const QString text = textOf(m_document->value(pointer));
        if (edit->text() != text)
            edit->setText(text);
    });
    // textEdited fires only for the user's typing, never for setText above.
    connect(edit, &QLineEdit::textEdited, this, [this, pointer, removeWhenEmpty](const QString &text) {
        if (text.isEmpty() && removeWhenEmpty)
            write(pointer, std::nullopt);
        else
            write(pointer, Json(JsonUtil::toStd(text)));
    });
}

void FieldBinder::bindInteger(QLineEdit *edit, const JsonPointer &pointer, qint64 minimum, quint64 maximum)
{
    static const QRegularExpression integer(QStringLiteral("-?[0-9]*"));
    // Detail editors rebind the same edit for every row: one validator will do.
    if (!qobject_cast<const QRegularExpressionValidator *>(edit->validator()))
        edit->setValidator(new QRegularExpressionValidator(integer, edit));
    add(edit, pointer, [this, edit, pointer] {
        const Json *value = m_document->value(pointer);
        const QString text = value && value->is_number() ? textOf(value) : QString();
        if (edit->text() != text && !(edit->hasFocus() && edit->property("invalid").toBool()))
            edit->setText(text);
    });
    connect(edit, &QLineEdit::textEdited, this, [this, edit, pointer, minimum, maximum](const QString &text) {
        if (text.isEmpty()) {
            edit->setProperty("invalid", false);
            write(pointer, std::nullopt);
            return;
        }
        const std::optional<Json> value = parseInteger(text, minimum, maximum);
        // Out of range or a lone "-": keep what the user typed, write nothing.
        edit->setProperty("invalid", !value.has_value());
        if (value)
            write(pointer, value);
    });
}

void FieldBinder::bindBool(QCheckBox *box, const JsonPointer &pointer)
{
    add(box, pointer, [this, box, pointer] {
        const Json *value = m_document->value(pointer);
        box->setChecked(value && value->is_boolean() && value->get<bool>());
    });
    connect(box, &QCheckBox::clicked, this, [this, pointer](bool checked) { write(pointer, Json(checked)); });
}

void FieldBinder::bindChoice(QComboBox *box, const JsonPointer &pointer, const QStringList &values)
{
    box->clear();
    box->addItem(tr("(not set)"));
    box->addItems(values);
    add(box, pointer, [this, box, pointer] {
        const QString text = textOf(m_document->value(pointer));
        if (text.isEmpty()) {
            box->setCurrentIndex(0);
            return;
        }
        int index = box->findText(text);
        if (index < 0) {
            box->addItem(text); // a value this editor does not know: keep and show it
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    });
    connect(box, &QComboBox::activated, this, [this, box, pointer](int index) {
        if (index == 0)
            write(pointer, std::nullopt);
        else
            write(pointer, Json(JsonUtil::toStd(box->itemText(index))));
    });
}

void FieldBinder::refreshAll()
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.widget)
            binding.refresh();
    }
}

std::optional<JsonPointer> FieldBinder::pointerOf(const QWidget *widget) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.widget == widget)
            return binding.pointer;
    }
    return std::nullopt;
}

QWidget *FieldBinder::widgetFor(const JsonPointer &pointer) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.widget && binding.pointer == pointer)
            return binding.widget;
    }
    return nullptr;
}

QList<QPair<QWidget *, JsonPointer>> FieldBinder::bindings() const
{
    QList<QPair<QWidget *, JsonPointer>> result;
    for (const Binding &binding : m_bindings) {
        if (binding.widget)
            result.append({binding.widget.data(), binding.pointer});
    }
    return result;
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto pointer = pointerOf(qobject_cast<QWidget *>(watched)))
            Q_EMIT fieldFocused(*pointer);
    } else if (event->type() == QEvent::ContextMenu) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (auto pointer = pointerOf(widget)) {
            FieldContextMenu::exec(widget, *pointer, m_document, static_cast<QContextMenuEvent *>(event)->globalPos());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
