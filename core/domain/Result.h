// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace knotmap {

// Why something was refused: a sentence a person can act on.
struct Failure
{
    QString reason;
};

// The value, or the reason there is none. Each call carries its own reason, so nothing reads a stale error
// left behind by an earlier call. Converts from a value or from a Failure:
//     if (!r) return Failure{tr("there is no spot with id %1").arg(id)};  ...  return spot;
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Failure failure) : m_error(std::move(failure.reason)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const QString& error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// A write that gives nothing back but may be refused.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_error(std::move(failure.reason)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_ok = true;
};

} // namespace knotmap
