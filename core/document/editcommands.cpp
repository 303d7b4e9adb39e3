// SPDX-License-Identifier: Apache-2.0
#include "editcommands.h"
#include "specdocument.h"
#include "undotext.h"
#include "valueplacement.h"

namespace {

// Creates the missing tail of `target` with `value` at its end, as
// ValuePlacement plans it. Returns the pointer of the topmost node it
// created, or an empty optional when the pointer names a value already or
// no place in the document.
std::optional<JsonPointer> createMissing(SpecDocument *document, const JsonPointer &target, const Json &value)
{
    const Result<ValuePlacement> placement = ValuePlacement::plan(document->root(), target, value);
    if (!placement || placement->replaces())
        return std::nullopt;
    document->insert(placement->container(), -1, placement->key(), placement->wrap(value));
    return placement->placed();
}

} // namespace

SetValueCommand::SetValueCommand(SpecDocument *document, const JsonPointer &pointer, const Json &value,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_pointer(pointer), m_newValue(value)
{
    setText(text.isEmpty() ? UndoText::set(pointer) : text);
}

void SetValueCommand::redo()
{
    const Result<ValuePlacement> placement = ValuePlacement::plan(m_document->root(), m_pointer, m_newValue);
    m_existed = placement && placement->replaces();
    if (!placement) {
        setObsolete(true);
    } else if (m_existed) {
        m_oldValue = *m_document->value(m_pointer);
        m_document->replace(m_pointer, m_newValue);
    } else {
        m_document->insert(placement->container(), -1, placement->key(), placement->wrap(m_newValue));
        m_created = placement->placed();
    }
}

void SetValueCommand::undo()
{
    if (m_existed)
        m_document->replace(m_pointer, m_oldValue);
    else
        m_document->take(m_created);
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    // The first keystroke may have created the field; the later ones merge.
    if (next->m_pointer != m_pointer || !next->m_existed)
        return false;
    if (m_newValue.is_structured() || next->m_newValue.is_structured())
        return false;
    m_newValue = next->m_newValue;
    // Typing back to the original value leaves nothing to undo.
    if (m_existed && m_newValue == m_oldValue && m_newValue.type() == m_oldValue.type())
        setObsolete(true);
    return true;
}

InsertValueCommand::InsertValueCommand(SpecDocument *document, const JsonPointer &parentPointer, int row,
                                       const std::string &key, const Json &value, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_parent(parentPointer), m_row(row), m_key(key), m_value(value)
{
    setText(text.isEmpty() ? UndoText::addTo(parentPointer) : text);
}

void InsertValueCommand::redo()
{
    const Json *container = m_document->value(m_parent);
    if (!container) {
        const Json wrapped = m_key.empty() ? Json::array({m_value}) : Json::object({{m_key, m_value}});
        if (auto created = createMissing(m_document, m_parent, wrapped))
            m_inserted = *created;
        else
            setObsolete(true);
        return;
    }
    if (container->is_array()) {
        const int size = int(container->size());
        const int row = (m_row < 0 || m_row > size) ? size : m_row;
        m_document->insert(m_parent, row, std::string(), m_value);
        m_inserted = m_parent / size_t(row);
    } else if (container->is_object() && !m_key.empty() && !container->contains(m_key)) {
        m_document->insert(m_parent, m_row, m_key, m_value);
        m_inserted = m_parent / m_key;
    } else {
        setObsolete(true);
    }
}

void InsertValueCommand::undo()
{
    m_document->take(m_inserted);
}

RemoveValueCommand::RemoveValueCommand(SpecDocument *document, const JsonPointer &pointer, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_pointer(pointer)
{
    setText(text.isEmpty() ? UndoText::remove(pointer) : text);
}

void RemoveValueCommand::redo()
{
    const Json *container = m_document->value(m_pointer.parent_pointer());
    if (!container || !m_document->contains(m_pointer)) {
        setObsolete(true);
        return;
    }
    m_row = JsonUtil::childRow(*container, m_pointer.back());
    m_value = m_document->take(m_pointer);
}

void RemoveValueCommand::undo()
{
    const JsonPointer parent = m_pointer.parent_pointer();
    const bool isArray = m_document->value(parent)->is_array();
    m_document->insert(parent, m_row, isArray ? std::string() : m_pointer.back(), m_value);
}

MoveValueCommand::MoveValueCommand(SpecDocument *document, const JsonPointer &parentPointer, int from, int to,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_parent(parentPointer), m_from(from), m_to(to)
{
    setText(text.isEmpty() ? UndoText::moveIn(parentPointer) : text);
}

void MoveValueCommand::redo()
{
    m_document->move(m_parent, m_from, m_to);
}

void MoveValueCommand::undo()
{
    m_document->move(m_parent, m_to, m_from);
}

EditListCommand::EditListCommand(SpecDocument *document, const QList<JsonEdit> &edits, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
{
    for (const JsonEdit &edit : JsonEdits::ordered(edits)) {
        const QString stepText = JsonEdits::describe(edit);
        switch (edit.kind) {
        case JsonEdit::Kind::Set:
            m_steps.append(new SetValueCommand(document, edit.pointer, edit.value, stepText, this));
            break;
        case JsonEdit::Kind::Remove:
            m_steps.append(new RemoveValueCommand(document, edit.pointer, stepText, this));
            break;
        case JsonEdit::Kind::Append:
            m_steps.append(
                new InsertValueCommand(document, edit.pointer, -1, std::string(), edit.value, stepText, this));
            break;
        }
    }
}

void EditListCommand::redo()
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        m_steps.at(i)->redo();
        if (m_steps.at(i)->isObsolete()) {
            while (--i >= 0)
                m_steps.at(i)->undo();
            setObsolete(true);
            return;
        }
    }
}
