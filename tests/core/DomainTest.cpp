// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Quality.h"
#include "domain/Rating.h"
#include "domain/RecordedTime.h"
#include "domain/ShownText.h"
#include "domain/Spot.h"

#include <gtest/gtest.h>

using namespace knotmap;

TEST(RecordedTime, ParsesAnOffsetAndKeepsIt)
{
    const auto t = RecordedTime::parseIso(QStringLiteral("2026-03-01T08:30:00+01:00"));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->offsetMinutes, 60);
    // 07:30 UTC on 1 March 2026, worked out by hand: 20513 days after the epoch.
    EXPECT_EQ(t->utcSeconds, 20513LL * 86400 + 7 * 3600 + 30 * 60);
    EXPECT_EQ(t->toIso(), QStringLiteral("2026-03-01T08:30:00+01:00"));
}

TEST(RecordedTime, AcceptsZuluMinutesOnlyAndNegativeOffsets)
{
    const auto zulu = RecordedTime::parseIso(QStringLiteral("2026-03-01T07:30Z"));
    ASSERT_TRUE(zulu);
    EXPECT_EQ(zulu->offsetMinutes, 0);
    EXPECT_EQ(zulu->toIso(), QStringLiteral("2026-03-01T07:30:00+00:00"));
    const auto newYork = RecordedTime::parseIso(QStringLiteral("2026-03-01T23:30:00-05:00"));
    ASSERT_TRUE(newYork);
    EXPECT_EQ(newYork->offsetMinutes, -300);
    EXPECT_EQ(newYork->localDate(),
              QDate(2026, 3, 1)); // 04:30 UTC on 2 March, but 1 March where it was lived
    const auto india = RecordedTime::parseIso(QStringLiteral("2026-03-01T10:00:00+05:30"));
    ASSERT_TRUE(india);
    EXPECT_EQ(india->offsetMinutes, 330);
}

TEST(RecordedTime, RefusesMalformedTimesWithAReason)
{
    const QStringList bad = {QStringLiteral("2026-03-01"),
                             QStringLiteral("2026-03-01T08:30:00"),
                             QStringLiteral("yesterday"),
                             QStringLiteral("2026-02-30T08:00:00+01:00"),
                             QStringLiteral("2026-03-01T25:00:00Z"),
                             QStringLiteral("2026-03-01T08:00:00+15:00"),
                             QStringLiteral("2026-03-01T08:00:00+01:75"),
                             QString()};
    for (const QString& text : bad) {
        QString error;
        EXPECT_FALSE(RecordedTime::parseIso(text, &error)) << text.toStdString();
        EXPECT_FALSE(error.isEmpty()) << text.toStdString();
    }
}

TEST(Quality, KeysRoundTripAndUnknownIsRefused)
{
    for (Quality quality : allQualities())
        EXPECT_EQ(qualityFromKey(qualityKey(quality)), quality);
    EXPECT_EQ(allQualities().size(), 7);
    EXPECT_EQ(qualityFromKey(QStringLiteral("shooting")), Quality::Shooting);
    EXPECT_TRUE(isNerveQuality(Quality::Shooting) && isNerveQuality(Quality::Numb) &&
                !isNerveQuality(Quality::Sharp));
    EXPECT_EQ(qualityFromKey(QStringLiteral("")), Quality::None);
    EXPECT_EQ(qualityFromKey(QStringLiteral("NONE")), Quality::None);
    EXPECT_EQ(qualityFromKey(QStringLiteral(" Burning ")), Quality::Burning);
    EXPECT_FALSE(qualityFromKey(QStringLiteral("throbbing")));
}

TEST(Validation, IntensityMustBeZeroToTen)
{
    EXPECT_TRUE(validateIntensity(0).isEmpty());
    EXPECT_TRUE(validateIntensity(10).isEmpty());
    EXPECT_TRUE(validateIntensity(11).contains(QStringLiteral("11")));
    EXPECT_FALSE(validateIntensity(-1).isEmpty());
}

TEST(Validation, SpotKeysAndPositions)
{
    EXPECT_TRUE(validateSpotKey(QStringLiteral("upper-trapezius-left-1")).isEmpty());
    EXPECT_FALSE(validateSpotKey(QStringLiteral("Has Spaces")).isEmpty());
    EXPECT_FALSE(validateSpotKey(QString()).isEmpty());
    EXPECT_TRUE(validatePosition({0.5, 0.5}).isEmpty());
    EXPECT_FALSE(validatePosition({1.2, 0.5}).isEmpty());
}

TEST(Bands, FollowTheUsualCutPoints)
{
    EXPECT_EQ(intensityBand(0), QStringLiteral("No pain"));
    EXPECT_EQ(intensityBand(3), QStringLiteral("Mild"));
    EXPECT_EQ(intensityBand(4), QStringLiteral("Moderate"));
    EXPECT_EQ(intensityBand(7), QStringLiteral("Severe"));
}

TEST(ShownText, ControlCharactersBecomeVisibleEscapesAndTheRestStays)
{
    EXPECT_EQ(escapeControlCharacters(QStringLiteral("a\x1b[31mred\nline\tx\u2028")),
              QStringLiteral("a\\x1b[31mred\\nline\\tx\\u2028"));
    EXPECT_EQ(escapeControlCharacters(QStringLiteral("Schulter müde 😣")), QStringLiteral("Schulter müde 😣"));
}
