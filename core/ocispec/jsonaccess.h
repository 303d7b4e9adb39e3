// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QSet>
#include <QString>

#include <array>
#include <deque>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

// Type-tolerant reading of a configuration for the semantic rules: every
// accessor returns nothing when a value is missing or of the wrong type
// (the catalogue check reports those), so a rule never throws.
namespace JsonAccess {

const Json *member(const Json &object, const char *key);
const Json *memberPath(const Json &object, std::initializer_list<const char *> keys);
// Several members found in one pass over `object`: element i is the member
// named names[i], or nullptr.
template<size_t N>
std::array<const Json *, N> members(const Json &object, const std::string_view (&names)[N])
{
    std::array<const Json *, N> found{};
    if (!object.is_object())
        return found;
    for (const auto &[key, value] : object.get_ref<const Json::object_t &>()) {
        for (size_t i = 0; i < N; ++i) {
            if (key == names[i]) {
                found[i] = &value;
                break;
            }
        }
    }
    return found;
}
std::optional<QString> stringOf(const Json *value);
std::optional<qint64> int64Of(const Json *value);   // also unsigned values that fit
std::optional<quint64> uint64Of(const Json *value); // also non-negative signed values
QSet<QString> stringSet(const Json *array);
bool containsString(const Json *array, std::string_view value);

// Pointer text: `pointer` plus one escaped token.
QString join(const QString &pointer, const QString &token);
QString join(const QString &pointer, qsizetype index);

// Every hook of every kind in file order, with its pointer
// ("/hooks/prestart/0"); kinds that are not lists are passed over.
void forEachHook(const Json &root, const std::function<void(const Json &hook, const QString &pointer)> &visit);

// "/a//b/./c/" -> "/a/b/c"; relative paths count from "/".
std::string normalizedPath(std::string_view path);
// True for the common paths normalizedPath returns unchanged, so a caller
// may keep a view of the document's text instead of a copy.
bool isPlainAbsolutePath(std::string_view path);
// Pure ASCII: QString::fromUtf8 keeps such text byte for byte, so byte
// comparisons stand for QString ones (it drops a leading byte order mark
// and turns every invalid byte into U+FFFD).
bool isAscii(std::string_view text);

// Owns the few strings that cannot be views of the document, so that hash
// keys can be string_views for all the others.
class StringArena
{
public:
    std::string_view keep(std::string text) { return m_strings.emplace_back(std::move(text)); }

private:
    std::deque<std::string> m_strings; // a deque never moves what it holds
};

// normalizedPath as a view: the document's own text when normalizing would
// not change it, else a copy kept in `arena`.
std::string_view normalizedPathView(std::string_view path, StringArena *arena);
// "/a/b" -> "/a", "/a" -> "/", "/" -> "/".
std::string_view parentPath(std::string_view path);

} // namespace JsonAccess
