#pragma once

#include "json/json.h"

#include <QList>
#include <QStringList>

#include <optional>

// Builds a JSON object member by member in a fixed order. Like Go's
// encoding/json with `omitempty`, empty strings, empty lists, false and absent
// optionals are left out unless a member is written with write().
class JsonFieldWriter
{
public:
    void write(const char *key, const QString &value) { m_object[key] = JsonUtil::toStd(value); }
    void write(const char *key, const QStringList &value);
    template<typename N>
    void write(const char *key, N value)
    {
        m_object[key] = value;
    }

    void omitEmpty(const char *key, const QString &value);
    void omitEmpty(const char *key, const QStringList &value);
    void omitEmpty(const char *key, bool value);
    void omitEmpty(const char *key, const Json &value);
    template<typename N>
    void omitEmpty(const char *key, const std::optional<N> &value)
    {
        if (value)
            write(key, *value);
    }
    template<typename N>
    void omitEmpty(const char *key, const QList<N> &numbers)
    {
        if (numbers.isEmpty())
            return;
        Json array = Json::array();
        for (N n : numbers)
            array.push_back(n);
        m_object[key] = array;
    }
    template<typename T>
    void omitEmptyStruct(const char *key, const std::optional<T> &value)
    {
        if (value)
            m_object[key] = value->toJson();
    }
    template<typename T>
    void omitEmptyList(const char *key, const QList<T> &list)
    {
        if (!list.isEmpty())
            m_object[key] = listToJson(list);
    }

    // Appends members kept from reading (those the struct does not model).
    Json finish(const Json &extra) &&;

    template<typename T>
    static Json listToJson(const QList<T> &list)
    {
        Json array = Json::array();
        for (const T &item : list)
            array.push_back(item.toJson());
        return array;
    }
    static Json stringsToJson(const QStringList &strings);

private:
    Json m_object = Json::object();
};
