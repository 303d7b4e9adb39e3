// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QList>
#include <QStringList>

#include <concepts>
#include <optional>

// Whether a member is written when it is empty. Go's encoding/json leaves out
// `omitempty` members that are empty strings, empty lists, false or nil; the
// others it always writes.
enum class WhenEmpty { Omit, Write };

// Builds a JSON object member by member in a fixed order.
class JsonFieldWriter
{
public:
    // The visitor form a struct's fields() calls.
    template<typename T>
    void operator()(const char *key, const T &value, WhenEmpty whenEmpty = WhenEmpty::Omit)
    {
        if (whenEmpty == WhenEmpty::Write || !isEmpty(value))
            m_object[key] = toJson(value);
    }

    // Appends members kept from reading (those the struct does not model).
    Json finish(const Json &extra) &&;

    template<typename T>
    static Json listToJson(const QList<T> &list)
    {
        Json array = Json::array();
        for (const T &item : list)
            array.push_back(toJson(item));
        return array;
    }

private:
    static Json toJson(const QString &value) { return JsonUtil::toStd(value); }
    static Json toJson(bool value) { return value; }
    template<std::integral N>
    static Json toJson(N value)
    {
        return value;
    }
    template<typename T>
    requires requires(const T &t) { t.toJson(); }
    static Json toJson(const T &value) { return value.toJson(); }
    template<typename T>
    static Json toJson(const std::optional<T> &value)
    {
        return value ? toJson(*value) : Json();
    }
    template<typename T>
    static Json toJson(const QList<T> &list)
    {
        return listToJson(list);
    }

    static bool isEmpty(const QString &value) { return value.isEmpty(); }
    static bool isEmpty(bool value) { return !value; }
    template<std::integral N>
    static bool isEmpty(N value)
    {
        return value == 0;
    }
    template<typename T>
    requires requires(const T &t) { t.toJson(); }
    static bool isEmpty(const T &) { return false; }
    template<typename T>
    static bool isEmpty(const std::optional<T> &value)
    {
        return !value.has_value();
    }
    template<typename T>
    static bool isEmpty(const QList<T> &list)
    {
        return list.isEmpty();
    }

    Json m_object = Json::object();
};
