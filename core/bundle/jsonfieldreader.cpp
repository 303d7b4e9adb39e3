// SPDX-License-Identifier: Apache-2.0
#include "jsonfieldreader.h"

#include <algorithm>

JsonFieldReader::JsonFieldReader(const Json &object, const QString &pointer) : m_pointer(pointer)
{
    if (object.is_object())
        m_object = &object;
    else
        m_error = typeError(pointer, QCoreApplication::translate("JsonFieldReader", "an object"), object);
}

const Json *JsonFieldReader::take(const char *key)
{
    m_read.push_back(key);
    if (!ok())
        return nullptr;
    const auto it = m_object->find(key);
    if (it == m_object->end() || it->is_null())
        return nullptr;
    return &*it;
}

QString JsonFieldReader::memberPointer(const char *key) const
{
    return m_pointer + QLatin1Char('/') + QLatin1String(key);
}

void JsonFieldReader::read(const char *key, QString *out)
{
    const Json *member = take(key);
    if (!member)
        return;
    if (member->is_string())
        *out = JsonUtil::toQString(member->get_ref<const std::string &>());
    else
        m_error = typeError(memberPointer(key), QCoreApplication::translate("JsonFieldReader", "a string"), *member);
}

void JsonFieldReader::read(const char *key, QStringList *out)
{
    const Json *member = take(key);
    if (!member)
        return;
    Result<QStringList> strings = stringsFromJson(*member, memberPointer(key));
    if (strings)
        *out = std::move(strings).value();
    else
        m_error = strings.error();
}

void JsonFieldReader::read(const char *key, bool *out)
{
    const Json *member = take(key);
    if (!member)
        return;
    if (member->is_boolean())
        *out = member->get<bool>();
    else
        m_error =
            typeError(memberPointer(key), QCoreApplication::translate("JsonFieldReader", "true or false"), *member);
}

void JsonFieldReader::read(const char *key, std::optional<bool> *out)
{
    bool value = false;
    const bool present = ok() && m_object->contains(key) && !m_object->at(key).is_null();
    read(key, &value);
    if (present && ok())
        *out = value;
}

Json JsonFieldReader::unread() const
{
    Json rest = Json::object();
    if (!m_object)
        return rest;
    for (const auto &[key, value] : m_object->items()) {
        const bool known = std::any_of(m_read.begin(), m_read.end(), [&key](const char *name) { return key == name; });
        if (!known)
            rest[key] = value;
    }
    return rest;
}

Result<QStringList> JsonFieldReader::stringsFromJson(const Json &array, const QString &pointer)
{
    if (!array.is_array())
        return Result<QStringList>::failure(typeError(pointer, expectedArray(), array));
    QStringList strings;
    strings.reserve(qsizetype(array.size()));
    for (size_t i = 0; i < array.size(); ++i) {
        if (!array[i].is_string()) {
            return Result<QStringList>::failure(typeError(pointer + QLatin1Char('/') + QString::number(i),
                                                          QCoreApplication::translate("JsonFieldReader", "a string"),
                                                          array[i]));
        }
        strings.append(JsonUtil::toQString(array[i].get_ref<const std::string &>()));
    }
    return strings;
}

QString JsonFieldReader::typeError(const QString &pointer, const QString &expected, const Json &found)
{
    //: %1 is a JSON pointer, %2 what was expected ("a string"), %3 the JSON type found
    return QCoreApplication::translate("JsonFieldReader", "%1: expected %2, found %3")
        .arg(pointer.isEmpty() ? QStringLiteral("/") : pointer, expected,
             found.is_number_integer() ? JsonUtil::toDisplayString(found, 40) : JsonUtil::typeName(found));
}

QString JsonFieldReader::expectedArray()
{
    return QCoreApplication::translate("JsonFieldReader", "an array");
}
