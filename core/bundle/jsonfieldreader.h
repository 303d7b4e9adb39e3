// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <concepts>
#include <limits>
#include <optional>
#include <vector>

// A struct that converts itself: T::fromJson(json, pointer) and t.toJson().
template<typename T>
concept JsonStruct = requires(const Json &json, const T &value)
{
    {
        T::fromJson(json, QString())
        } -> std::same_as<Result<T>>;
    {
        value.toJson()
        } -> std::same_as<Json>;
};

// Reads the members of one JSON object into typed fields, checking every type
// without throwing. The first mismatch becomes error(), naming its JSON pointer;
// members nobody asked for come back from unread() so that a struct can keep them.
// Absent and null members leave their field alone, as Go's decoder does.
class JsonFieldReader
{
public:
    JsonFieldReader(const Json &object, const QString &pointer);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The visitor form a struct's fields() calls; how a member is written
    // (the trailing arguments) does not matter for reading.
    template<typename T, typename... WriteOptions>
    void operator()(const char *key, T &out, WriteOptions...)
    {
        read(key, &out);
    }

    void read(const char *key, QString *out);
    void read(const char *key, QStringList *out);
    void read(const char *key, bool *out);
    void read(const char *key, std::optional<bool> *out);

    template<std::integral N>
    void read(const char *key, std::optional<N> *out)
    {
        const Json *member = take(key);
        if (member && fitsInteger<N>(*member, memberPointer(key)))
            *out = member->get<N>();
    }

    template<std::integral N>
    void read(const char *key, N *out)
    {
        std::optional<N> value;
        read(key, &value);
        if (value)
            *out = *value;
    }

    template<std::integral N>
    void read(const char *key, QList<N> *out)
    {
        const Json *member = take(key);
        if (!member)
            return;
        if (!member->is_array()) {
            m_error = typeError(memberPointer(key), expectedArray(), *member);
            return;
        }
        QList<N> numbers;
        for (size_t i = 0; i < member->size(); ++i) {
            if (!fitsInteger<N>((*member)[i], memberPointer(key) + QLatin1Char('/') + QString::number(i)))
                return;
            numbers.append((*member)[i].template get<N>());
        }
        *out = numbers;
    }

    template<JsonStruct T>
    void read(const char *key, std::optional<T> *out)
    {
        const Json *member = take(key);
        if (!member)
            return;
        Result<T> value = T::fromJson(*member, memberPointer(key));
        if (value)
            *out = std::move(value).value();
        else
            m_error = value.error();
    }

    template<JsonStruct T>
    void read(const char *key, T *out)
    {
        std::optional<T> value;
        read(key, &value);
        if (value)
            *out = std::move(*value);
    }

    template<JsonStruct T>
    void read(const char *key, QList<T> *out)
    {
        const Json *member = take(key);
        if (!member)
            return;
        Result<QList<T>> list = listFromJson<T>(*member, memberPointer(key));
        if (list)
            *out = std::move(list).value();
        else
            m_error = list.error();
    }

    // The members not read, in their original order.
    Json unread() const;

    template<JsonStruct T>
    static Result<QList<T>> listFromJson(const Json &array, const QString &pointer)
    {
        if (!array.is_array())
            return Result<QList<T>>::failure(typeError(pointer, expectedArray(), array));
        QList<T> list;
        list.reserve(qsizetype(array.size()));
        for (size_t i = 0; i < array.size(); ++i) {
            Result<T> item = T::fromJson(array[i], pointer + QLatin1Char('/') + QString::number(i));
            if (!item)
                return Result<QList<T>>::failure(item.error());
            list.append(std::move(item).value());
        }
        return list;
    }

    static Result<QStringList> stringsFromJson(const Json &array, const QString &pointer);
    static QString typeError(const QString &pointer, const QString &expected, const Json &found);

private:
    static QString expectedArray();
    // Marks key as read; nullptr when it is absent or null or when an
    // earlier member already failed.
    const Json *take(const char *key);
    QString memberPointer(const char *key) const;

    template<typename N>
    bool fitsInteger(const Json &value, const QString &pointer)
    {
        bool fits = false;
        if (value.is_number_unsigned())
            fits = value.get<quint64>() <= quint64(std::numeric_limits<N>::max());
        else if (value.is_number_integer())
            fits = value.get<qint64>() >= qint64(std::numeric_limits<N>::min())
                && (value.get<qint64>() < 0 || quint64(value.get<qint64>()) <= quint64(std::numeric_limits<N>::max()));
        if (!fits) {
            m_error = typeError(pointer,
                                QCoreApplication::translate("JsonFieldReader", "a whole number from %1 to %2")
                                    .arg(std::numeric_limits<N>::min())
                                    .arg(std::numeric_limits<N>::max()),
                                value);
        }
        return fits;
    }

    const Json *m_object = nullptr;
    QString m_pointer;
    QString m_error;
    std::vector<const char *> m_read;
};
