// SPDX-License-Identifier: Apache-2.0
#pragma once

// The JSON value type of the whole model library. nlohmann's ordered_json keeps
// member order and holds integers exactly over the int64 and uint64 ranges,
// which QJsonObject (sorted keys, doubles above 2^53) cannot.
#include <nlohmann/json.hpp>

#include "base/result.h"

#include <QMetaType>
#include <QString>

using Json = nlohmann::ordered_json;
using JsonPointer = Json::json_pointer;

namespace JsonUtil {

inline QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline std::string toStd(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

// The text of a pointer, in time linear in its length (nlohmann's
// to_string() is quadratic in the number of tokens).
QString pointerString(const JsonPointer &p);
// Appends "/" and one reference token, escaping "~" and "/" (RFC 6901).
void appendPointerToken(std::string &pointer, std::string_view token);

// Parses an RFC 6901 pointer in time linear in its length. Fails when the
// text is not a pointer, saying why: a missing leading "/" or the escape
// that is not ~0 or ~1.
Result<JsonPointer> parsePointer(const QString &text);

// The reference tokens of a pointer, unescaped, first to last, in time
// linear in the pointer's length.
std::vector<std::string> tokens(const JsonPointer &pointer);
// How many leading tokens of pointer name values in root: pointer's length
// when the whole pointer resolves.
size_t resolvedDepth(const Json &root, const JsonPointer &pointer);
// True when prefix names pointer itself or one of its ancestors.
bool startsWith(const JsonPointer &pointer, const JsonPointer &prefix);

// The member at a position of an object (ordered_map is a vector underneath).
inline const Json::object_t::value_type &memberAt(const Json &object, size_t row)
{
    return *(object.get_ref<const Json::object_t &>().begin() + std::ptrdiff_t(row));
}
// The position of the member `key` of an object; -1 when it has none or is
// no object. Rows are what models and the document's signals count in.
int memberRow(const Json &object, const std::string &key);
// The row of the child one token names: an index inside an array or the
// position of an object's member; -1 when there is no such child.
int childRow(const Json &container, const std::string &token);
// The child at a row of an array or object; nullptr outside its rows.
const Json *childAt(const Json &container, int row);

// Resolves a pointer without throwing; nullptr when it names nothing.
const Json *find(const Json &root, const JsonPointer &pointer);
Json *find(Json &root, const JsonPointer &pointer);

// "3" -> 3; -1 when the token is not an array index.
int arrayIndex(const std::string &token);
// "/a/b/3" -> 3 for array members; -1 when the last token is not an index.
int lastIndex(const JsonPointer &pointer);

// A short human name for a JSON type: "object", "string", "integer", ...
QString typeName(const Json &value);

// Compact one-line rendering of a value for tables and tooltips.
QString toDisplayString(const Json &value, int maxLength = 200);

} // namespace JsonUtil

Q_DECLARE_METATYPE(JsonPointer)
