#pragma once

#include "json/json.h"

#include <QSet>
#include <QString>

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
std::optional<QString> stringOf(const Json *value);
std::optional<qint64> int64Of(const Json *value);   // also unsigned values that fit
std::optional<quint64> uint64Of(const Json *value); // also non-negative signed values
QSet<QString> stringSet(const Json *array);
bool containsString(const Json *array, std::string_view value);

// Pointer text: `pointer` plus one escaped token.
QString join(const QString &pointer, const QString &token);
QString join(const QString &pointer, qsizetype index);

// "/a//b/./c/" -> "/a/b/c"; relative paths count from "/".
std::string normalizedPath(std::string_view path);
// "/a/b" -> "/a", "/a" -> "/", "/" -> "/".
std::string_view parentPath(std::string_view path);

} // namespace JsonAccess
