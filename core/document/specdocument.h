// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include "json.h"
#include "jsonformat.h"
#include "specfile.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

// The single source of truth: one config.json held losslessly (member order,
// exact integers, original spelling and indentation) plus its undo stack.
// Views never keep copies; they read through value() and edit through the
// undoable setValue()/insertValue()/removeValue()/moveValue(), which push one
// QUndoCommand each. The raw primitives (replace/insert/remove/move) exist for
// those commands and emit the structural signals SpecModel needs.
class SpecDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxFileSize = SpecFile::MaxFileSize;
    static constexpr int MaxDepth = SpecFile::MaxDepth;

    explicit SpecDocument(QObject *parent = nullptr);

    // Loads DIR/config.json or a path to the file itself (see SpecFile). On
    // failure returns false, keeps the current content and sets errorString().
    bool load(const QString &path);
    // Parses text as if read from sourceName (used in messages).
    bool loadFromData(const QByteArray &data, const QString &sourceName = QString());
    // Replaces the content with a value built in code (templates, Bundle).
    void setRoot(Json root, JsonFormat format = JsonFormat());

    // Saves through AtomicFileWriter (see SpecFile::write): a failed save
    // leaves the old file as it was. An empty path saves to filePath().
    // Marks the undo stack clean on success; saveWarnings() then says what
    // the save could not keep.
    bool save(const QString &path = QString(), SpecFile::WriteOptions options = {});
    QStringList saveWarnings() const { return m_saveWarnings; }

    // The text save() writes.
    QByteArray toJson() const;

    QString errorString() const { return m_errorString; }
    // What the last load found that saving will not keep (SpecFile::warnings()).
    QStringList loadWarnings() const { return m_loadWarnings; }
    // The file's bytes as the last load() read them, until the next reset or
    // save: what is on disk, for noticing another program's change without
    // serialising the document again.
    QByteArray loadedData() const { return m_loadedData; }
    QString filePath() const { return m_filePath; }
    QString bundleDirectory() const;
    bool isModified() const;

    const Json &root() const { return m_root; }
    // A read-only copy of the content for work off the editing thread; one
    // copy serves every reader until the next change.
    std::shared_ptr<const Json> snapshot() const;
    const Json *value(const JsonPointer &pointer) const;
    bool contains(const JsonPointer &pointer) const { return value(pointer) != nullptr; }
    const JsonFormat &format() const { return m_format; }

    QUndoStack *undoStack() { return &m_undoStack; }

    // Undoable edits: each pushes one command. text is the undo menu text;
    // an empty text gets UndoText's ("Set Working directory").
    // setValue creates missing parent objects on the way.
    void setValue(const JsonPointer &pointer, const Json &value, const QString &text = QString());
    // Inserts into the array or object at parent; row -1 appends. key is used
    // for objects. A missing parent is created.
    void insertValue(const JsonPointer &parent, int row, const Json &value, const QString &text = QString(),
                     const std::string &key = std::string());
    void removeValue(const JsonPointer &pointer, const QString &text = QString());
    // Moves child `from` of the array/object at parent so that it ends at index `to`.
    void moveValue(const JsonPointer &parent, int from, int to, const QString &text = QString());

    // Raw primitives for undo commands; no undo entry of their own.
    void replace(const JsonPointer &pointer, const Json &value);
    void insert(const JsonPointer &parent, int row, const std::string &key, const Json &value);
    Json take(const JsonPointer &pointer);
    void move(const JsonPointer &parent, int from, int to);

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void aboutToInsert(const JsonPointer &parent, int first, int last);
    void inserted(const JsonPointer &parent, int first, int last);
    void aboutToRemove(const JsonPointer &parent, int first, int last);
    void removed(const JsonPointer &parent, int first, int last);
    // Same meaning of from/to as move(): `to` is the final index.
    void aboutToMove(const JsonPointer &parent, int from, int to);
    void moved(const JsonPointer &parent, int from, int to);
    // A value changed in place (scalar to scalar, or a container's kind).
    void valueChanged(const JsonPointer &pointer);
    // After every change of content, for debounced work such as validation.
    void contentsChanged();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    bool fail(const QString &message);
    Json &node(const JsonPointer &pointer);

    Json m_root = Json::object();
    JsonFormat m_format;
    QString m_filePath;
    QString m_errorString;
    QStringList m_loadWarnings;
    QByteArray m_loadedData;
    mutable std::shared_ptr<const Json> m_snapshot;
    QStringList m_saveWarnings;
    QUndoStack m_undoStack;
};
