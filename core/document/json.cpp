// SPDX-License-Identifier: Apache-2.0
#include "json.h"

#include <QCoreApplication>

#include <algorithm>

namespace JsonUtil {

// One pass over the text: nlohmann's split() is linear too, but its
// exceptions cannot tell which escape was wrong.
Result<JsonPointer> parsePointer(const QString &input)
{
    const std::string text = toStd(input);
    JsonPointer pointer;
    if (text.empty())
        return pointer;
    if (text.front() != '/') {
        return Result<JsonPointer>::failure(
            QCoreApplication::translate(
                "JsonUtil",
                "\"%1\" is not a JSON pointer: a pointer is empty or starts with \"/\", e.g. /process/args/0.")
                .arg(input));
    }
    std::string token;
    for (size_t i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '/') {
            pointer /= std::move(token);
            token.clear();
        } else if (text[i] != '~') {
            token += text[i];
        } else if (i + 1 < text.size() && (text[i + 1] == '0' || text[i + 1] == '1')) {
            token += text[++i] == '0' ? '~' : '/';
        } else {
            // The escape as written: "~2", or "~" alone at the end or before a "/".
            const bool hasNext = i + 1 < text.size() && text[i + 1] != '/';
            const QString escape = toQString(text.substr(i, hasNext ? 2 : 1));
            return Result<JsonPointer>::failure(
                //: %2 is the faulty escape, e.g. ~2.
                QCoreApplication::translate(
                    "JsonUtil", "\"%1\" is not a JSON pointer: %2 is not a valid escape; use ~0 for ~ and ~1 for /.")
                    .arg(input, escape));
        }
    }
    return pointer;
}

QString pointerString(const JsonPointer &p)
{
    std::string text;
    for (const std::string &token : tokens(p))
        appendPointerToken(text, token);
    return toQString(text);
}

void appendPointerToken(std::string &pointer, std::string_view token)
{
    pointer += '/';
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

std::vector<std::string> tokens(const JsonPointer &pointer)
{
    // back() and pop_back() are constant time; parent_pointer() copies.
    std::vector<std::string> result;
    JsonPointer rest = pointer;
    while (!rest.empty()) {
        result.push_back(rest.back());
        rest.pop_back();
    }
    std::reverse(result.begin(), result.end());
    return result;
}

bool startsWith(const JsonPointer &pointer, const JsonPointer &prefix)
{
    const auto whole = tokens(pointer);
    const auto head = tokens(prefix);
    return head.size() <= whole.size() && std::equal(head.begin(), head.end(), whole.begin());
}

int memberRow(const Json &object, const std::string &key)
{
    if (!object.is_object())
        return -1;
    int row = 0;
    for (const auto &member : object.get_ref<const Json::object_t &>()) {
        if (member.first == key)
            return row;
        ++row;
    }
    return -1;
}

int childRow(const Json &container, const std::string &token)
{
    if (container.is_array()) {
        const int index = arrayIndex(token);
        return index >= 0 && size_t(index) < container.size() ? index : -1;
    }
    return memberRow(container, token);
}

const Json *childAt(const Json &container, int row)
{
    if (!container.is_structured() || row < 0 || size_t(row) >= container.size())
        return nullptr;
    if (container.is_array())
        return &container.get_ref<const Json::array_t &>()[size_t(row)];
    return &memberAt(container, size_t(row)).second;
}

// The child of a container named by one token; nullptr when there is none.
template<typename J>
static J *child(J &node, const std::string &token)
{
    if (node.is_object()) {
        auto it = node.find(token);
        return it == node.end() ? nullptr : &*it;
    }
    if (node.is_array()) {
        const int index = arrayIndex(token);
        return index >= 0 && size_t(index) < node.size() ? &node[size_t(index)] : nullptr;
    }
    return nullptr;
}

// The deepest node the pointer reaches, and how many of its tokens that took.
template<typename J>
static std::pair<J *, size_t> walk(J &root, const std::vector<std::string> &path)
{
    J *node = &root;
    size_t depth = 0;
    for (const std::string &token : path) {
        J *next = child(*node, token);
        if (!next)
            break;
        node = next;
        ++depth;
    }
    return {node, depth};
}

const Json *find(const Json &root, const JsonPointer &pointer)
{
    const std::vector<std::string> path = tokens(pointer);
    const auto [node, depth] = walk(root, path);
    return depth == path.size() ? node : nullptr;
}

Json *find(Json &root, const JsonPointer &pointer)
{
    const std::vector<std::string> path = tokens(pointer);
    const auto [node, depth] = walk(root, path);
    return depth == path.size() ? node : nullptr;
}

size_t resolvedDepth(const Json &root, const JsonPointer &pointer)
{
    return walk(root, tokens(pointer)).second;
}

int arrayIndex(const std::string &token)
{
    if (token.empty() || token.size() > 9 || (token.size() > 1 && token[0] == '0'))
        return -1;
    int index = 0;
    for (char c : token) {
        if (c < '0' || c > '9')
            return -1;
        index = index * 10 + (c - '0');
    }
    return index;
}

int lastIndex(const JsonPointer &pointer)
{
    return pointer.empty() ? -1 : arrayIndex(pointer.back());
}

QString typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::object: return QCoreApplication::translate("JsonUtil", "object");
    case Json::value_t::array: return QCoreApplication::translate("JsonUtil", "array");
    case Json::value_t::string: return QCoreApplication::translate("JsonUtil", "string");
    case Json::value_t::boolean: return QCoreApplication::translate("JsonUtil", "boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return QCoreApplication::translate("JsonUtil", "integer");
    case Json::value_t::number_float: return QCoreApplication::translate("JsonUtil", "number");
    case Json::value_t::null: return QCoreApplication::translate("JsonUtil", "null");
    default: return QCoreApplication::translate("JsonUtil", "value");
    }
}

QString toDisplayString(const Json &value, int maxLength)
{
    QString text;
    if (value.is_string())
        text = toQString(value.get_ref<const std::string &>());
    else
        text = toQString(value.dump());
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

} // namespace JsonUtil
