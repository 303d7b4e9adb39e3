// SPDX-License-Identifier: Apache-2.0
#include "jsonedit.h"

#include "valueplacement.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

JsonEdit JsonEdit::set(const JsonPointer &pointer, const Json &value)
{
    return {Kind::Set, pointer, value};
}

JsonEdit JsonEdit::remove(const JsonPointer &pointer)
{
    return {Kind::Remove, pointer, Json()};
}

JsonEdit JsonEdit::append(const JsonPointer &array, const Json &value)
{
    return {Kind::Append, array, value};
}

bool JsonEdit::operator==(const JsonEdit &other) const
{
    return kind == other.kind && pointer == other.pointer && value == other.value && value.type() == other.value.type();
}

namespace {

// Array indexes compare as numbers, so that /mounts/10 comes after /mounts/9.
bool pointerLess(const JsonPointer &a, const JsonPointer &b)
{
    const std::vector<std::string> left = JsonUtil::tokens(a);
    const std::vector<std::string> right = JsonUtil::tokens(b);
    for (size_t i = 0; i < left.size() && i < right.size(); ++i) {
        const int l = JsonUtil::arrayIndex(left[i]);
        const int r = JsonUtil::arrayIndex(right[i]);
        if (l >= 0 && r >= 0 && l != r)
            return l < r;
        if ((l < 0 || r < 0) && left[i] != right[i])
            return left[i] < right[i];
    }
    return left.size() < right.size();
}

QString where(const JsonPointer &pointer)
{
    return pointer.empty() ? QStringLiteral("/") : JsonUtil::pointerString(pointer);
}

QString compact(const Json &value)
{
    return JsonUtil::toQString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

Result<void> applyOne(Json *root, const JsonEdit &edit)
{
    switch (edit.kind) {
    case JsonEdit::Kind::Set: {
        const Result<ValuePlacement> placement = ValuePlacement::plan(*root, edit.pointer, edit.value);
        if (!placement)
            return Result<void>::failure(placement.error());
        placement->applyTo(*root, edit.value);
        return {};
    }
    case JsonEdit::Kind::Append: {
        if (Json *node = JsonUtil::find(*root, edit.pointer)) {
            if (!node->is_array()) {
                return Result<void>::failure(
                    QCoreApplication::translate("JsonEdits", "Cannot add to %1: it is not an array.")
                        .arg(where(edit.pointer)));
            }
            node->push_back(edit.value);
            return {};
        }
        const Json array = Json::array({edit.value});
        const Result<ValuePlacement> placement = ValuePlacement::plan(*root, edit.pointer, array);
        if (!placement)
            return Result<void>::failure(placement.error());
        placement->applyTo(*root, array);
        return {};
    }
    case JsonEdit::Kind::Remove: {
        Json *parent = edit.pointer.empty() ? nullptr : JsonUtil::find(*root, edit.pointer.parent_pointer());
        if (!parent || !JsonUtil::find(*root, edit.pointer)) {
            return Result<void>::failure(
                QCoreApplication::translate("JsonEdits", "Cannot remove %1: there is nothing there.")
                    .arg(where(edit.pointer)));
        }
        if (parent->is_array())
            parent->erase(size_t(JsonUtil::lastIndex(edit.pointer)));
        else
            parent->erase(edit.pointer.back());
        return {};
    }
    }
    return {};
}

} // namespace

namespace JsonEdits {

QList<JsonEdit> ordered(const QList<JsonEdit> &edits)
{
    // Keys rather than pairwise comparison: a fix for 10,000 mounts stays linear.
    QSet<QString> seen;
    QList<JsonEdit> result;
    QList<JsonEdit> removals;
    QSet<QString> removed;
    for (const JsonEdit &edit : edits) {
        const QString pointer = JsonUtil::pointerString(edit.pointer);
        const QString key = QString::number(int(edit.kind)) + pointer + QLatin1Char('\n') + compact(edit.value);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (edit.kind == JsonEdit::Kind::Remove) {
            removals.append(edit);
            removed.insert(pointer);
        } else {
            result.append(edit);
        }
    }
    std::sort(removals.begin(), removals.end(),
              [](const JsonEdit &a, const JsonEdit &b) { return pointerLess(b.pointer, a.pointer); });
    for (const JsonEdit &removal : std::as_const(removals)) {
        bool inside = false;
        for (JsonPointer above = removal.pointer; !above.empty() && !inside;) {
            above.pop_back();
            inside = removed.contains(JsonUtil::pointerString(above));
        }
        if (!inside)
            result.append(removal);
    }
    return result;
}

Result<void> apply(Json *root, const QList<JsonEdit> &edits)
{
    Json edited = *root;
    for (const JsonEdit &edit : ordered(edits)) {
        if (Result<void> applied = applyOne(&edited, edit); !applied)
            return applied;
    }
    *root = std::move(edited);
    return {};
}

QString describe(const JsonEdit &edit)
{
    switch (edit.kind) {
    case JsonEdit::Kind::Set:
        return QCoreApplication::translate("JsonEdits", "Set %1 to %2").arg(where(edit.pointer), compact(edit.value));
    case JsonEdit::Kind::Remove: return QCoreApplication::translate("JsonEdits", "Remove %1").arg(where(edit.pointer));
    case JsonEdit::Kind::Append:
        //: %1 is a JSON value, %2 the array it is added to.
        return QCoreApplication::translate("JsonEdits", "Add %1 to %2").arg(compact(edit.value), where(edit.pointer));
    }
    return {};
}

Json toJson(const JsonEdit &edit)
{
    Json object = Json::object();
    switch (edit.kind) {
    case JsonEdit::Kind::Set: object["op"] = "set"; break;
    case JsonEdit::Kind::Remove: object["op"] = "remove"; break;
    case JsonEdit::Kind::Append: object["op"] = "append"; break;
    }
    object["pointer"] = JsonUtil::toStd(where(edit.pointer));
    if (edit.kind != JsonEdit::Kind::Remove)
        object["value"] = edit.value;
    return object;
}

} // namespace JsonEdits
