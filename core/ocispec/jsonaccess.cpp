// SPDX-License-Identifier: Apache-2.0
#include "jsonaccess.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace {

QString escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

} // namespace

namespace JsonAccess {

const Json *member(const Json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const Json *memberPath(const Json &object, std::initializer_list<const char *> keys)
{
    const Json *node = &object;
    for (const char *key : keys) {
        node = member(*node, key);
        if (!node)
            return nullptr;
    }
    return node;
}

std::optional<QString> stringOf(const Json *value)
{
    if (!value || !value->is_string())
        return std::nullopt;
    return JsonUtil::toQString(value->get_ref<const std::string &>());
}

std::optional<qint64> int64Of(const Json *value)
{
    if (!value || !value->is_number_integer())
        return std::nullopt;
    if (value->is_number_unsigned()) {
        const quint64 u = value->get<quint64>();
        if (u > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(u);
    }
    return value->get<qint64>();
}

std::optional<quint64> uint64Of(const Json *value)
{
    if (!value || !value->is_number_integer())
        return std::nullopt;
    if (value->is_number_unsigned())
        return value->get<quint64>();
    const qint64 i = value->get<qint64>();
    if (i < 0)
        return std::nullopt;
    return quint64(i);
}

QSet<QString> stringSet(const Json *array)
{
    QSet<QString> result;
    if (!array || !array->is_array())
        return result;
    for (const Json &item : *array) {
        if (item.is_string())
            result.insert(JsonUtil::toQString(item.get_ref<const std::string &>()));
    }
    return result;
}

bool containsString(const Json *array, std::string_view value)
{
    if (!array || !array->is_array())
        return false;
    // The vector underneath: nlohmann's own iterators cost a type switch per step.
    const Json::array_t &items = array->get_ref<const Json::array_t &>();
    return std::any_of(items.begin(), items.end(), [value](const Json &item) {
        return item.is_string() && item.get_ref<const std::string &>() == value;
    });
}

bool isPlainAbsolutePath(std::string_view path)
{
    if (path == "/")
        return true;
    if (path.empty() || path.front() != '/' || path.back() == '/')
        return false;
    // No "//" and no "/." anywhere: look only behind each slash.
    for (size_t slash = 0; slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
        const char next = path[slash + 1]; // the path does not end in '/', so this is inside
        if (next == '/' || next == '.')
            return false;
    }
    return true;
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string normalizedPath(std::string_view path)
{
    if (isPlainAbsolutePath(path))
        return std::string(path); // the common case, without splitting
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos)
            end = path.size();
        const std::string_view part = path.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string result;
    for (const std::string_view part : parts) {
        result.push_back('/');
        result.append(part);
    }
    return result.empty() ? std::string("/") : result;
}

std::string_view normalizedPathView(std::string_view path, StringArena *arena)
{
    return isPlainAbsolutePath(path) ? path : arena->keep(normalizedPath(path));
}

std::string_view parentPath(std::string_view path)
{
    const size_t slash = path.rfind('/');
    return slash == 0 || slash == std::string_view::npos ? std::string_view("/") : path.substr(0, slash);
}

QString join(const QString &pointer, const QString &token)
{
    return pointer + QLatin1Char('/') + escapeToken(token);
}

QString join(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

void forEachHook(const Json &root, const std::function<void(const Json &hook, const QString &pointer)> &visit)
{
    const Json *hooks = member(root, "hooks");
    if (!hooks || !hooks->is_object())
        return;
    for (auto kind = hooks->begin(); kind != hooks->end(); ++kind) {
        if (!kind->is_array())
            continue;
        const QString base = join(QStringLiteral("/hooks"), JsonUtil::toQString(kind.key()));
        qsizetype index = 0;
        for (const Json &hook : *kind)
            visit(hook, join(base, index++));
    }
}

} // namespace JsonAccess
