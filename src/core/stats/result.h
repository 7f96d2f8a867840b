// Errors as values for the statistics module: a Result<T> holds either a value or a message a
// user can read ("value 4 is NaN"). No exceptions cross the module boundary.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Perfdeck::Stats {

// The failure side of a Result; `return Error{QStringLiteral("...")};` converts implicitly.
struct Error {
    QString message;
};

template<typename T>
class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace Perfdeck::Stats
