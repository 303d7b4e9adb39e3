#include "jsonfieldwriter.h"

void JsonFieldWriter::write(const char *key, const QStringList &value)
{
    m_object[key] = stringsToJson(value);
}

void JsonFieldWriter::omitEmpty(const char *key, const QString &value)
{
    if (!value.isEmpty())
        write(key, value);
}

void JsonFieldWriter::omitEmpty(const char *key, const QStringList &value)
{
    if (!value.isEmpty())
        write(key, value);
}

void JsonFieldWriter::omitEmpty(const char *key, bool value)
{
    if (value)
        m_object[key] = true;
}

void JsonFieldWriter::omitEmpty(const char *key, const Json &value)
{
    if (!value.is_null())
        m_object[key] = value;
}

Json JsonFieldWriter::finish(const Json &extra) &&
{
    if (extra.is_object()) {
        for (const auto &[key, value] : extra.items()) {
            if (!m_object.contains(key))
                m_object[key] = value;
        }
    }
    return std::move(m_object);
}

Json JsonFieldWriter::stringsToJson(const QStringList &strings)
{
    Json array = Json::array();
    for (const QString &s : strings)
        array.push_back(JsonUtil::toStd(s));
    return array;
}
