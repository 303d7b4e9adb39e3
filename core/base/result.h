// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <utility>
#include <variant>

// How the core reports that something could not be done: a function that
// produces a value or fails returns Result<T>, the value or the translated
// reason why there is none; one that only succeeds or fails returns
// Result<void>. Callers cannot use a value that is not there, and nothing
// throws. Objects with a state of their own (a file being written, a lock)
// say why their last call failed with errorString(), as QFile does.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_content(std::move(value)) { }

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
    explicit Result(Error error) : m_content(std::move(error)) { }

    std::variant<T, Error> m_content;
};

// Success (`return {};`) or the reason for a failure.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    static Result failure(const QString &error)
    {
        Result result;
        result.m_failed = true;
        result.m_error = error;
        return result;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    QString error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};
