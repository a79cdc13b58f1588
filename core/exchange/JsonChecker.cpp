// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonChecker.h"

#include "i18n/TranslateIn.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace knotmap {

namespace {

// What a value is, as a problem names it: "must be text, not a number".
QString kindOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return translateIn("JsonChecker", "a number");
    case QJsonValue::String:
        return translateIn("JsonChecker", "text");
    case QJsonValue::Array:
        return translateIn("JsonChecker", "an array");
    case QJsonValue::Object:
        return translateIn("JsonChecker", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return translateIn("JsonChecker", "nothing");
}
} // namespace

JsonPath JsonObjectAt::path(QLatin1String field) const
{
    JsonPath path;
    if (!member.isEmpty())
        path.append(QString(member));
    if (index >= 0)
        path.append(index);
    if (!field.isEmpty())
        path.append(QString(field));
    return path;
}

std::optional<QJsonValue> JsonChecker::typed(const QJsonObject& o, const JsonObjectAt& at,
                                             QLatin1String field, QJsonValue::Type type, JsonNeed need,
                                             const QString& expected)
{
    const QJsonValue value = o.value(field);
    if (value.type() == type)
        return value;
    if (value.isUndefined()) {
        if (need == JsonNeed::Required)
            problem(at, field, translateIn("JsonChecker", "is missing"));
    } else if (!value.isNull() || need != JsonNeed::Nullable) {
        problem(at, field,
                (need == JsonNeed::Nullable ? translateIn("JsonChecker", "must be %1 or null, not %2")
                                            : translateIn("JsonChecker", "must be %1, not %2"))
                    .arg(expected, kindOf(value)));
    }
    return std::nullopt;
}

std::optional<QString> JsonChecker::text(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field,
                                         JsonNeed need)
{
    const auto value = typed(o, at, field, QJsonValue::String, need, translateIn("JsonChecker", "text"));
    return value ? std::optional(value->toString()) : std::nullopt;
}

std::optional<double> JsonChecker::number(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field)
{
    const auto value =
        typed(o, at, field, QJsonValue::Double, JsonNeed::Required, translateIn("JsonChecker", "a number"));
    return value ? std::optional(value->toDouble()) : std::nullopt;
}

std::optional<int> JsonChecker::wholeNumber(const QJsonObject& o, const JsonObjectAt& at, QLatin1String field,
                                            JsonNeed need)
{
    const auto value =
        typed(o, at, field, QJsonValue::Double, need, translateIn("JsonChecker", "a whole number"));
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    const QString shown = QString::number(number, 'g', QLocale::FloatingPointShortest);
    if (number != std::floor(number)) {
        problem(at, field, translateIn("JsonChecker", "must be a whole number, not %1").arg(shown));
        return std::nullopt;
    }
    if (std::abs(number) > std::numeric_limits<int>::max()) {
        problem(at, field, translateIn("JsonChecker", "%1 is too large").arg(shown));
        return std::nullopt;
    }
    return int(number);
}

std::optional<QJsonArray> JsonChecker::array(const QJsonObject& o, const JsonObjectAt& at,
                                             QLatin1String field, JsonNeed need)
{
    const auto value = typed(o, at, field, QJsonValue::Array, need, translateIn("JsonChecker", "an array"));
    return value ? std::optional(value->toArray()) : std::nullopt;
}

std::optional<QJsonObject> JsonChecker::object(const QJsonObject& o, const JsonObjectAt& at,
                                               QLatin1String field, JsonNeed need)
{
    const auto value = typed(o, at, field, QJsonValue::Object, need, translateIn("JsonChecker", "an object"));
    return value ? std::optional(value->toObject()) : std::nullopt;
}

std::optional<QJsonObject> JsonChecker::object(const QJsonValue& element, const JsonObjectAt& at)
{
    if (element.isObject())
        return element.toObject();
    problem(at.path(), translateIn("JsonChecker", "must be an object, not %1").arg(kindOf(element)));
    return std::nullopt;
}

std::optional<RecordedTime> JsonChecker::time(const QJsonObject& o, const JsonObjectAt& at,
                                              QLatin1String field, JsonNeed need)
{
    const auto iso = text(o, at, field, need);
    if (!iso)
        return std::nullopt;
    QString error;
    const auto parsed = RecordedTime::parseIso(*iso, &error);
    if (!parsed)
        problem(at, field, error);
    return parsed;
}

void JsonChecker::problem(const JsonPath& path, const QString& message)
{
    if (m_problems.isFull()) { // counted, not shown: no need to find its line
        m_problems.add(0, message);
        return;
    }
    if (!m_locator)
        m_locator.emplace(m_text);
    m_problems.add(m_locator->lineOf(path), jsonPathText(path), message);
}

} // namespace knotmap
