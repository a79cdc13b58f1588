// SPDX-License-Identifier: GPL-3.0-or-later
#include "Quality.h"

#include <QCoreApplication>

namespace knotmap {

namespace {
struct QualityInfo
{
    Quality quality;
    const char* key;
    const char* displayName;
};

constexpr QualityInfo kQualities[] = {
    {Quality::None, "", QT_TRANSLATE_NOOP("Quality", "Not specified")},
    {Quality::Aching, "aching", QT_TRANSLATE_NOOP("Quality", "Aching")},
    {Quality::Sharp, "sharp", QT_TRANSLATE_NOOP("Quality", "Sharp")},
    {Quality::Burning, "burning", QT_TRANSLATE_NOOP("Quality", "Burning")},
    {Quality::Tingling, "tingling", QT_TRANSLATE_NOOP("Quality", "Tingling")},
    {Quality::Numb, "numb", QT_TRANSLATE_NOOP("Quality", "Numb")},
    {Quality::Stiff, "stiff", QT_TRANSLATE_NOOP("Quality", "Stiff")},
    {Quality::Shooting, "shooting", QT_TRANSLATE_NOOP("Quality", "Shooting")},
};

const QualityInfo& infoFor(Quality quality)
{
    return kQualities[static_cast<int>(quality)];
}
} // namespace

QList<Quality> allQualities()
{
    QList<Quality> result;
    for (const auto& info : kQualities) {
        if (info.quality != Quality::None)
            result.append(info.quality);
    }
    return result;
}

bool isNerveQuality(Quality quality)
{
    return quality == Quality::Numb || quality == Quality::Tingling || quality == Quality::Shooting;
}

QString qualityKey(Quality quality)
{
    return QString::fromLatin1(infoFor(quality).key);
}

std::optional<Quality> qualityFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted.isEmpty() || wanted == QLatin1String("none"))
        return Quality::None;
    for (const auto& info : kQualities) {
        if (wanted == QLatin1String(info.key))
            return info.quality;
    }
    return std::nullopt;
}

QString qualityDisplayName(Quality quality)
{
    return QCoreApplication::translate("Quality", infoFor(quality).displayName);
}

} // namespace knotmap
