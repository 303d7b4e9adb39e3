// SPDX-License-Identifier: Apache-2.0
#include "specdocument.h"
#include "editcommands.h"
#include "specfile.h"

#include <QDir>
#include <QFileInfo>

SpecDocument::SpecDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

bool SpecDocument::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QString SpecDocument::bundleDirectory() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
}

bool SpecDocument::isModified() const
{
    return !m_undoStack.isClean();
}

bool SpecDocument::load(const QString &path)
{
    SpecFile file;
    if (!file.read(path))
        return fail(file.errorString());
    const QString filePath = file.filePath();
    setRoot(file.takeRoot(), file.takeFormat());
    m_loadWarnings = file.warnings();
    m_loadedData = file.data();
    m_filePath = filePath;
    Q_EMIT filePathChanged(m_filePath);
    return true;
}

bool SpecDocument::loadFromData(const QByteArray &data, const QString &sourceName)
{
    SpecFile file;
    if (!file.parse(data, sourceName))
        return fail(file.errorString());
    setRoot(file.takeRoot(), file.takeFormat());
    m_loadWarnings = file.warnings();
    return true;
}

void SpecDocument::setRoot(Json root, JsonFormat format)
{
    Q_EMIT aboutToReset();
    m_snapshot.reset();
    m_root = std::move(root);
    m_format = std::move(format);
    m_errorString.clear();
    m_loadWarnings.clear();
    m_loadedData.clear();
    m_undoStack.clear();
    Q_EMIT reset();
    Q_EMIT contentsChanged();
}

QByteArray SpecDocument::toJson() const
{
    const std::string text = m_format.serialize(m_root);
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool SpecDocument::save(const QString &path, SpecFile::WriteOptions options)
{
    if (path.isEmpty() && m_filePath.isEmpty())
        return fail(tr("The document has no file name yet."));
    const QString target = SpecFile::configPath(path.isEmpty() ? m_filePath : path);
    const Result<QStringList> written = SpecFile::write(target, m_root, m_format, options);
    if (!written) {
        m_saveWarnings.clear();
        return fail(written.error());
    }
    m_saveWarnings = written.value();
    m_loadedData.clear();
    m_errorString.clear();
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack.setClean();
    return true;
}

const Json *SpecDocument::value(const JsonPointer &pointer) const
{
    return JsonUtil::find(m_root, pointer);
}

std::shared_ptr<const Json> SpecDocument::snapshot() const
{
    if (!m_snapshot)
        m_snapshot = std::make_shared<const Json>(m_root);
    return m_snapshot;
}

Json &SpecDocument::node(const JsonPointer &pointer)
{
    // Every change goes through here: the next reader needs a new copy.
    m_snapshot.reset();
    Json *found = JsonUtil::find(m_root, pointer);
    Q_ASSERT_X(found, "SpecDocument", "edit of a pointer that names nothing");
    return *found;
}

// --- undoable edits -------------------------------------------------------

void SpecDocument::setValue(const JsonPointer &pointer, const Json &value, const QString &text)
{
    const Json *current = this->value(pointer);
    if (current && *current == value && current->type() == value.type())
        return;
    m_undoStack.push(new SetValueCommand(this, pointer, value, text));
}

void SpecDocument::insertValue(const JsonPointer &parent, int row, const Json &value, const QString &text,
                               const std::string &key)
{
    m_undoStack.push(new InsertValueCommand(this, parent, row, key, value, text));
}

void SpecDocument::removeValue(const JsonPointer &pointer, const QString &text)
{
    if (!contains(pointer) || pointer.empty())
        return;
    m_undoStack.push(new RemoveValueCommand(this, pointer, text));
}

void SpecDocument::moveValue(const JsonPointer &parent, int from, int to, const QString &text)
{
    const Json *container = value(parent);
    if (!container || !container->is_structured() || from == to || from < 0 || to < 0 || from >= int(container->size())
        || to >= int(container->size()))
        return;
    m_undoStack.push(new MoveValueCommand(this, parent, from, to, text));
}

// --- raw primitives -------------------------------------------------------

void SpecDocument::replace(const JsonPointer &pointer, const Json &value)
{
    Json &target = node(pointer);
    // Children of a replaced container leave and arrive as row changes so
    // that every model over the tree keeps its persistent indexes right.
    if (target.is_structured() && !target.empty()) {
        const int count = int(target.size());
        Q_EMIT aboutToRemove(pointer, 0, count - 1);
        target = target.is_object() ? Json::object() : Json::array();
        Q_EMIT removed(pointer, 0, count - 1);
    }
    if (value.is_structured() && !value.empty()) {
        const int count = int(value.size());
        Q_EMIT aboutToInsert(pointer, 0, count - 1);
        target = value;
        Q_EMIT inserted(pointer, 0, count - 1);
    } else {
        target = value;
    }
    Q_EMIT valueChanged(pointer);
    Q_EMIT contentsChanged();
}

void SpecDocument::insert(const JsonPointer &parent, int row, const std::string &key, const Json &value)
{
    Json &container = node(parent);
    const int count = int(container.size());
    if (row < 0 || row > count)
        row = count;
    Q_EMIT aboutToInsert(parent, row, row);
    if (container.is_array()) {
        auto &array = container.get_ref<Json::array_t &>();
        array.insert(array.begin() + row, value);
    } else if (row == count) {
        container[key] = value;
    } else {
        // ordered_map cannot insert in the middle (its keys are const), so
        // the object is rebuilt; objects in a config are small.
        Json rebuilt = Json::object();
        int index = 0;
        for (auto &[k, v] : container.get_ref<Json::object_t &>()) {
            if (index++ == row)
                rebuilt[key] = value;
            rebuilt[k] = std::move(v);
        }
        container = std::move(rebuilt);
    }
    Q_EMIT inserted(parent, row, row);
    Q_EMIT contentsChanged();
}

Json SpecDocument::take(const JsonPointer &pointer)
{
    const JsonPointer parent = pointer.parent_pointer();
    Json &container = node(parent);
    const std::string &token = pointer.back();
    const int row = JsonUtil::childRow(container, token);
    Q_EMIT aboutToRemove(parent, row, row);
    Json taken;
    if (container.is_array()) {
        auto &array = container.get_ref<Json::array_t &>();
        taken = std::move(array[size_t(row)]);
        array.erase(array.begin() + row);
    } else {
        auto &object = container.get_ref<Json::object_t &>();
        taken = std::move(object.find(token)->second);
        object.erase(token);
    }
    Q_EMIT removed(parent, row, row);
    Q_EMIT contentsChanged();
    return taken;
}

void SpecDocument::move(const JsonPointer &parent, int from, int to)
{
    Json &container = node(parent);
    Q_EMIT aboutToMove(parent, from, to);
    if (container.is_array()) {
        auto &array = container.get_ref<Json::array_t &>();
        Json moving = std::move(array[size_t(from)]);
        array.erase(array.begin() + from);
        array.insert(array.begin() + to, std::move(moving));
    } else {
        auto &object = container.get_ref<Json::object_t &>();
        std::vector<std::pair<std::string, Json>> members;
        members.reserve(object.size());
        for (auto &[k, v] : object)
            members.emplace_back(k, std::move(v));
        auto moving = std::move(members[size_t(from)]);
        members.erase(members.begin() + from);
        members.insert(members.begin() + to, std::move(moving));
        Json rebuilt = Json::object();
        for (auto &[k, v] : members)
            rebuilt[k] = std::move(v);
        container = std::move(rebuilt);
    }
    Q_EMIT moved(parent, from, to);
    Q_EMIT contentsChanged();
}

#include "moc_specdocument.cpp"
