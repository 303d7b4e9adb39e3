// SPDX-License-Identifier: Apache-2.0
#include "jsontextdiff.h"

#include "editcommands.h"
#include "jsontextmap.h"
#include "specdocument.h"

#include <QCoreApplication>

#include <unordered_map>

namespace JsonTextDiff {

namespace {

struct TooDeep
{
    size_t byte = 0;
};

// 1-based line and column of a UTF-16 offset.
QString describePosition(const QString &text, qsizetype offset, const QString &what)
{
    const QStringView before = QStringView(text).first(offset);
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf(u'\n') + 1) + 1;
    return QCoreApplication::translate("JsonTextDiff", "Line %1, column %2: %3").arg(line).arg(column).arg(what);
}

// Member order is kept when the members that stay come first, in their old
// order, and new ones only follow them: then removing and appending members
// edits the object in place.
bool keepsOrder(const Json &before, const Json &after)
{
    std::unordered_map<std::string_view, size_t> oldRows;
    size_t row = 0;
    for (const auto &[key, value] : before.items())
        oldRows.emplace(key, row++);
    bool added = false;
    size_t last = 0;
    bool first = true;
    for (const auto &[key, value] : after.items()) {
        const auto old = oldRows.find(key);
        if (old == oldRows.end()) {
            added = true;
            continue;
        }
        if (added || (!first && old->second < last))
            return false;
        last = old->second;
        first = false;
    }
    return true;
}

void diff(const Json &before, const Json &after, const JsonPointer &pointer, QList<JsonEdit> *out)
{
    if (before == after)
        return;
    if (before.is_object() && after.is_object() && keepsOrder(before, after)) {
        for (const auto &[key, value] : before.items()) {
            if (!after.contains(key))
                out->append(JsonEdit::remove(pointer / key));
        }
        for (const auto &[key, value] : after.items()) {
            const auto old = before.find(key);
            if (old == before.end())
                out->append(JsonEdit::set(pointer / key, value));
            else
                diff(*old, value, pointer / key, out);
        }
        return;
    }
    if (before.is_array() && after.is_array()) {
        const size_t oldSize = before.size();
        const size_t newSize = after.size();
        size_t prefix = 0;
        while (prefix < oldSize && prefix < newSize && before[prefix] == after[prefix])
            ++prefix;
        size_t suffix = 0;
        while (suffix < oldSize - prefix && suffix < newSize - prefix
               && before[oldSize - 1 - suffix] == after[newSize - 1 - suffix])
            ++suffix;
        const size_t oldMiddle = oldSize - prefix - suffix;
        const size_t newMiddle = newSize - prefix - suffix;
        if (oldMiddle == newMiddle) {
            for (size_t i = prefix; i < prefix + oldMiddle; ++i)
                diff(before[i], after[i], pointer / i, out);
            return;
        }
        if (newMiddle == 0) {
            for (size_t i = prefix; i < prefix + oldMiddle; ++i)
                out->append(JsonEdit::remove(pointer / i));
            return;
        }
        if (oldMiddle == 0 && suffix == 0) {
            for (size_t i = prefix; i < newSize; ++i)
                out->append(JsonEdit::append(pointer, after[i]));
            return;
        }
    }
    out->append(JsonEdit::set(pointer, after));
}

// Refuses containers nested deeper than maxDepth while parsing.
auto depthCheck(int maxDepth)
{
    return [maxDepth](int depth, Json::parse_event_t event, Json &) {
        if ((event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start)
            && depth >= maxDepth)
            throw TooDeep();
        return true;
    };
}

} // namespace

bool parse(const QString &text, int maxDepth, Json *result, ParseError *error)
{
    const QByteArray utf8 = text.toUtf8();
    try {
        *result = Json::parse(utf8.begin(), utf8.end(), depthCheck(maxDepth));
        if (result->is_object())
            return true;
        error->offset = 0;
        error->message = QCoreApplication::translate("JsonTextDiff", "The whole configuration must be a JSON object.");
    } catch (const Json::parse_error &e) {
        const qsizetype byte = qBound(qsizetype(0), qsizetype(e.byte) - 1, utf8.size());
        error->offset = QString::fromUtf8(utf8.first(byte)).size();
        // The parser stops after the token it could not take; the map's scan
        // knows where that token starts.
        const qsizetype scanned = JsonTextMap::scan(text).errorOffset();
        if (scanned >= 0 && scanned < error->offset)
            error->offset = scanned;
        error->message = describePosition(text, error->offset,
                                          QCoreApplication::translate("JsonTextDiff", "this is not valid JSON."));
    } catch (const Json::out_of_range &) {
        error->offset = 0;
        error->message = QCoreApplication::translate(
            "JsonTextDiff", "A number is out of the range of a JSON number a runtime can read.");
    } catch (const TooDeep &) {
        error->offset = 0;
        error->message = QCoreApplication::translate("JsonTextDiff", "The values are nested more than %1 levels deep.")
                             .arg(maxDepth);
    }
    return false;
}

bool parseValue(QStringView text, int maxDepth, Json *result)
{
    if (maxDepth < 1)
        return false;
    const QByteArray utf8 = text.toUtf8();
    try {
        *result = Json::parse(utf8.begin(), utf8.end(), depthCheck(maxDepth));
        return true;
    } catch (const Json::exception &) {
    } catch (const TooDeep &) { }
    return false;
}

QList<JsonEdit> edits(const Json &before, const Json &after)
{
    return edits(before, after, JsonPointer());
}

QList<JsonEdit> edits(const Json &before, const Json &after, const JsonPointer &pointer)
{
    QList<JsonEdit> out;
    diff(before, after, pointer, &out);
    return out;
}

void apply(SpecDocument *document, const QList<JsonEdit> &changes)
{
    if (changes.size() == 1 && changes.first().kind == JsonEdit::Kind::Set)
        document->setValue(changes.first().pointer, changes.first().value);
    else if (!changes.isEmpty())
        document->undoStack()->push(
            new EditListCommand(document, changes, QCoreApplication::translate("JsonTextDiff", "Edit the JSON text")));
}

qsizetype apply(SpecDocument *document, const Json &typed)
{
    const QList<JsonEdit> changes = edits(document->root(), typed);
    apply(document, changes);
    return changes.size();
}

} // namespace JsonTextDiff
