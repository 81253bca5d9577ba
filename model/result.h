// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

// An error a user can act on: the message says what happened and what to do, in the user's language.
struct Error
{
    enum class Code {
        NotADatabase,   // the file is not SQLite, or another program's database
        TooNew,         // written by a newer Gloss
        Io,             // cannot open, read or write
        Sql,            // the database refused a statement
        Parse,          // input text could not be understood
        NotFound,
        InvalidArgument,
        Conflict,       // someone else changed the row since it was read
    };
    Code code;
    QString message;
};

// A value or an Error: stores return these instead of logging and carrying on. (std::expected is C++23.)
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // On a temporary, the value itself: `for (x : *store.list())` must not iterate a destroyed Result.
    T value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success, or an Error.
struct Ok {};
using Status = Result<Ok>;
