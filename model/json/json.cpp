#include "json.h"

#include <QCoreApplication>

#include <algorithm>

namespace JsonUtil {

bool parsePointer(const QString &text, JsonPointer *out)
{
    try {
        *out = JsonPointer(toStd(text));
        return true;
    } catch (const Json::exception &) {
        return false;
    }
}

std::vector<std::string> tokens(const JsonPointer &pointer)
{
    std::vector<std::string> result;
    for (JsonPointer p = pointer; !p.empty(); p = p.parent_pointer())
        result.push_back(p.back());
    std::reverse(result.begin(), result.end());
    return result;
}

bool startsWith(const JsonPointer &pointer, const JsonPointer &prefix)
{
    const auto whole = tokens(pointer);
    const auto head = tokens(prefix);
    return head.size() <= whole.size() && std::equal(head.begin(), head.end(), whole.begin());
}

template<typename J>
static J *findImpl(J &root, const JsonPointer &pointer)
{
    J *node = &root;
    for (const std::string &token : tokens(pointer)) {
        if (node->is_object()) {
            auto it = node->find(token);
            if (it == node->end())
                return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            const int index = arrayIndex(token);
            if (index < 0)
                return nullptr;
            if (size_t(index) >= node->size())
                return nullptr;
            node = &(*node)[size_t(index)];
        } else {
            return nullptr;
        }
    }
    return node;
}

const Json *find(const Json &root, const JsonPointer &pointer)
{
    return findImpl<const Json>(root, pointer);
}

Json *find(Json &root, const JsonPointer &pointer)
{
    return findImpl<Json>(root, pointer);
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
