#pragma once

#include <QString>

#include <utility>
#include <variant>

// A value or the translated reason why there is none. The bundle API reports
// failures with this instead of throwing, so callers cannot forget a catch.
template<typename T>
class Result
{
public:
    Result(T value) : m_content(std::move(value)) {}

    static Result failure(const QString &error) { return Result(Error{error}); }

    bool ok() const { return std::holds_alternative<T>(m_content); }
    explicit operator bool() const { return ok(); }

    // Only valid when ok().
    const T &value() const & { return std::get<T>(m_content); }
    T &&value() && { return std::get<T>(std::move(m_content)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    QString error() const { return ok() ? QString() : std::get<Error>(m_content).text; }

private:
    struct Error
    {
        QString text;
    };
    explicit Result(Error error) : m_content(std::move(error)) {}

    std::variant<T, Error> m_content;
};
