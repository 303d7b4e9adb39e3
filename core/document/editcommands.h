// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"
#include "jsonedit.h"

#include <QList>

#include <QUndoCommand>

class SpecDocument;

// One QUndoCommand per kind of edit. Commands find their node again by JSON
// pointer in redo()/undo() and never hold model indexes, so they stay valid
// whatever views exist. A command that cannot apply marks itself obsolete
// and QUndoStack drops it.

class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(SpecDocument *document, const JsonPointer &pointer, const Json &value, const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    // The merge id of value edits, as undoframework names its commands' ids.
    enum { Id = 1 };
    int id() const override { return Id; }
    // Consecutive edits of the same field (a burst of typing) are one step.
    bool mergeWith(const QUndoCommand *other) override;

private:
    SpecDocument *m_document;
    JsonPointer m_pointer;
    Json m_newValue;
    Json m_oldValue;
    bool m_existed = false;
    JsonPointer m_created; // topmost node created when the pointer did not exist
};

class InsertValueCommand : public QUndoCommand
{
public:
    InsertValueCommand(SpecDocument *document, const JsonPointer &parentPointer, int row, const std::string &key,
                       const Json &value, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Where the value went (valid after redo()).
    JsonPointer insertedPointer() const { return m_inserted; }

private:
    SpecDocument *m_document;
    JsonPointer m_parent;
    int m_row;
    std::string m_key;
    Json m_value;
    JsonPointer m_inserted; // what undo() removes
};

class RemoveValueCommand : public QUndoCommand
{
public:
    RemoveValueCommand(SpecDocument *document, const JsonPointer &pointer, const QString &text,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SpecDocument *m_document;
    JsonPointer m_pointer;
    Json m_value;
    int m_row = -1;
};

class MoveValueCommand : public QUndoCommand
{
public:
    MoveValueCommand(SpecDocument *document, const JsonPointer &parentPointer, int from, int to, const QString &text,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SpecDocument *m_document;
    JsonPointer m_parent;
    int m_from;
    int m_to;
};

// A list of edits as one undo step: a SetValueCommand, InsertValueCommand
// (appending) or RemoveValueCommand child per edit, in the order of
// JsonEdits::ordered(). When one of them cannot apply, those done are
// undone and the command marks itself obsolete, so nothing half-done stays
// on the stack.
class EditListCommand : public QUndoCommand
{
public:
    EditListCommand(SpecDocument *document, const QList<JsonEdit> &edits, const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;

private:
    QList<QUndoCommand *> m_steps; // the children, owned by QUndoCommand
};
