// SPDX-License-Identifier: GPL-3.0-or-later
// The referred-pain table against the written patterns of /work/shared/reference/referral.md (kept in
// docs/sources.md): every expectation below was written by hand from that text, not from referral.json.
#include "TempDatabase.h"

#include "atlas/Referral.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <vector>

#include <gtest/gtest.h>

// Failures show the lists as text.
[[maybe_unused]] static void PrintTo(const QStringList& list, std::ostream* os)
{
    *os << list.join(QStringLiteral(" | ")).toStdString();
}

using namespace knotmap;
using knotmap::test::standardAtlas;

namespace {

const ReferralAtlas& referral()
{
    static const ReferralAtlas atlas = [] {
        QString error;
        const auto loaded = ReferralAtlas::loadStandard(&error);
        EXPECT_TRUE(loaded) << error.toStdString();
        return loaded.value_or(ReferralAtlas());
    }();
    return atlas;
}

QString q(const char* text)
{
    return QString::fromUtf8(text);
}

// Area keys on one side: "temple" -> "temple-left"; the midline sacrum has no side.
QStringList sided(const std::vector<const char*>& keys, const char* side)
{
    QStringList ids;
    for (const char* key : keys)
        ids.append(q(key) == QLatin1String("sacrum") ? q(key) : q(key) + QLatin1Char('-') + q(side));
    return ids;
}

QString mirrored(const QString& id)
{
    if (id.endsWith(QLatin1String("-left")))
        return id.chopped(5) + QLatin1String("-right");
    if (id.endsWith(QLatin1String("-right")))
        return id.chopped(6) + QLatin1String("-left");
    return id;
}

struct Pattern
{
    const char* muscle;
    std::vector<const char*> felt; // nearest first; then zones of other muscles' knots lying here
};

// One row per muscle of referral.md, in its words turned into the issue's area names.
const std::vector<Pattern> kPatterns = {
    // Back and side of the neck, behind the ear and mastoid, the temple; sometimes behind the eye, the jaw.
    {"upper-trapezius", {"back-of-neck", "side-of-neck", "back-of-head", "temple", "behind-eye", "jaw"}},
    // Front of the shoulder, front/outer upper arm, sometimes the thumb side; the inner knot: inner edge.
    {"infraspinatus", {"front-of-shoulder", "outer-upper-arm", "thumb-side", "shoulder-blade-inner-edge"}},
    // Back of the head over the side (temporal) toward the eye and forehead.
    {"suboccipitals", {"back-of-head", "temple", "behind-eye", "forehead"}},
    // The neck-shoulder angle, the inner edge of the shoulder blade, spill to the back of the shoulder.
    {"levator-scapulae", {"neck-shoulder-angle", "shoulder-blade-inner-edge", "back-of-shoulder"}},
    // Capitis: the top of the head; cervicis upper: behind the eye; cervicis lower: the neck angle.
    {"splenius", {"top-of-head", "behind-eye", "neck-shoulder-angle"}},
    // Multifidi: down the neck, up to the skull, the upper inner edge; semispinalis: temple level.
    {"cervical-paraspinals", {"back-of-neck", "back-of-head", "shoulder-blade-inner-edge", "temple"}},
    // Outer upper arm, can reach the outer elbow; plus middle trapezius' outer knot lying here on the map.
    {"supraspinatus", {"outer-upper-arm", "outer-elbow", "top-of-shoulder"}},
    // Between the shoulder blades toward C7-T3; the outer knot: the top of the shoulder.
    {"middle-trapezius", {"between-shoulder-blades", "top-of-shoulder"}},
    // Sometimes the inner edge; top of the shoulder blade, high neck, mastoid; plus iliocostalis thoracis'
    // mid-back knot at the rib angle, which lies here on the map (mid-back, back of shoulder, chest wall).
    {"lower-trapezius",
     {"shoulder-blade-inner-edge", "top-of-shoulder", "back-of-neck", "back-of-head", "mid-back",
      "back-of-shoulder", "chest-wall"}},
    // Stays local.
    {"rhomboids", {"shoulder-blade-inner-edge", "between-shoulder-blades"}},
    {"teres-minor", {"back-of-shoulder"}},
    // Back of the deltoid and triceps; plus latissimus' usual knot in the armpit fold, which lies here.
    {"teres-major",
     {"back-of-shoulder", "back-of-upper-arm", "shoulder-blade-lower-angle", "mid-back",
      "little-finger-side"}},
    // Lower angle and mid-back, spill to back of shoulder and little-finger side; plus iliocostalis
    // thoracis' lower knot (T11) lying here, felt over the low back.
    {"latissimus-dorsi",
     {"shoulder-blade-lower-angle", "mid-back", "back-of-shoulder", "little-finger-side", "low-back"}},
    {"serratus-posterior-superior", {"back-of-shoulder", "back-of-upper-arm", "little-finger-side"}},
    // Superficial: iliac crest, outer hip, sometimes groin; deep: sacroiliac and lower buttock.
    {"quadratus-lumborum", {"low-back", "outer-hip", "groin", "sacroiliac", "buttock"}},
    // Iliac crest, sacroiliac joint, sacrum, buttock; sometimes the upper outer thigh.
    {"gluteus-medius", {"low-back", "sacroiliac", "sacrum", "buttock", "outer-thigh-and-calf"}},
    {"piriformis", {"sacroiliac", "buttock", "back-of-thigh"}},
    // Iliocostalis lumborum: the buttock; lumbar multifidus: around the spine; plus the deep QL knot.
    {"lumbar-erector-spinae", {"buttock", "low-back", "sacroiliac"}},
    // Front part: buttock, outer thigh and calf; back part: back of the thigh.
    {"gluteus-minimus", {"buttock", "outer-thigh-and-calf", "back-of-thigh"}},
    // Beside the sacrum: sacroiliac and sacrum; over the sitting bone: buttock; near the tailbone: sacrum.
    {"gluteus-maximus", {"sacroiliac", "sacrum", "buttock"}},
    // Iliocostalis mid: mid-back, back of shoulder, chest wall; lower: low back; longissimus: far down to
    // the sacroiliac region and buttock.
    {"thoracic-erector-spinae",
     {"mid-back", "back-of-shoulder", "chest-wall", "low-back", "sacroiliac", "buttock"}},
    // L5 to sacrum: around the spine there, to the tailbone.
    {"multifidus", {"sacrum", "low-back"}},
};

} // namespace

TEST(Referral, EveryMuscleIsFeltWhereItsWrittenPatternSaysOnBothSides)
{
    QSet<QString> covered;
    for (const Pattern& pattern : kPatterns) {
        const QString muscle = q(pattern.muscle);
        covered.insert(muscle);
        for (const char* side : {"left", "right"}) {
            EXPECT_EQ(referral().feltIn(muscle + QLatin1Char('-') + q(side)), sided(pattern.felt, side))
                << pattern.muscle << ' ' << side;
        }
    }
    for (const MuscleReferral& muscle : referral().muscles())
        EXPECT_TRUE(covered.contains(muscle.muscle))
            << "no written pattern checked for " << muscle.muscle.toStdString();
    EXPECT_EQ(referral().muscles().size(), qsizetype(kPatterns.size()));
}

TEST(Referral, TheIssuesNamedCases)
{
    EXPECT_TRUE(referral().feltIn(q("upper-trapezius-left")).contains(q("temple-left")));
    EXPECT_TRUE(referral().feltIn(q("upper-trapezius-right")).contains(q("temple-right")));
    EXPECT_FALSE(referral().feltIn(q("upper-trapezius-left")).contains(q("temple-right")));
    EXPECT_TRUE(referral().feltIn(q("infraspinatus-left")).contains(q("front-of-shoulder-left")));
    EXPECT_EQ(referral().feltIn(q("infraspinatus-right")).constFirst(), q("front-of-shoulder-right"));
    for (const char* side : {"left", "right"}) {
        const QStringList ql = referral().feltIn(q("quadratus-lumborum-") + q(side));
        EXPECT_TRUE(ql.contains(q("buttock-") + q(side)) || ql.contains(q("outer-hip-") + q(side)));
        EXPECT_TRUE(ql.contains(q("outer-hip-") + q(side)));
        EXPECT_TRUE(referral().feltIn(q("piriformis-") + q(side)).contains(q("back-of-thigh-") + q(side)));
    }
}

TEST(Referral, RegionsWithoutAPublishedPatternAreFeltNowhere)
{
    for (const char* muscle :
         {"occipitalis", "upper-back-of-head", "posterior-deltoid", "triceps", "hamstrings"})
        for (const char* side : {"-left", "-right"}) {
            ASSERT_TRUE(standardAtlas().region(q(muscle) + q(side))) << muscle;
            EXPECT_TRUE(referral().feltIn(q(muscle) + q(side)).isEmpty()) << muscle << side;
        }
    EXPECT_TRUE(referral().feltIn(q("upper-trapezius")).isEmpty());
    EXPECT_TRUE(referral().feltIn(q("biceps-left")).isEmpty());
    EXPECT_TRUE(referral().feltIn(QString()).isEmpty());
}

TEST(Referral, EveryMuscleAndKnotSiteIsOnTheMapOnBothSides)
{
    const BodyAtlas& atlas = standardAtlas();
    for (const MuscleReferral& muscle : referral().muscles()) {
        EXPECT_TRUE(atlas.region(muscle.muscle + QLatin1String("-left"))) << muscle.muscle.toStdString();
        EXPECT_TRUE(atlas.region(muscle.muscle + QLatin1String("-right"))) << muscle.muscle.toStdString();
        EXPECT_FALSE(muscle.sources.isEmpty()) << muscle.muscle.toStdString();
        for (const KnotSite& site : muscle.knots) {
            const AtlasRegion* left = atlas.hitTest(site.at);
            const AtlasRegion* right = atlas.hitTest(QPointF(1 - site.at.x(), site.at.y()));
            ASSERT_TRUE(left && right) << site.name.toStdString();
            EXPECT_EQ(left->id, site.muscle + QLatin1String("-left")) << site.name.toStdString();
            EXPECT_EQ(right->id, site.muscle + QLatin1String("-right")) << site.name.toStdString();
        }
    }
}

TEST(Referral, EverySourceIsCitedInTheDocs)
{
    QFile file(QStringLiteral(KNOTMAP_TEST_DATA_DIR "/../../docs/sources.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString sources = QString::fromUtf8(file.readAll());
    for (const MuscleReferral& muscle : referral().muscles()) {
        for (const QString& key : muscle.sources) {
            const QRegularExpression cited(
                QStringLiteral("(\\*\\*|\\()%1(\\*\\*|\\)|:)").arg(QRegularExpression::escape(key)));
            EXPECT_TRUE(sources.contains(cited)) << muscle.muscle.toStdString() << ' ' << key.toStdString();
        }
    }
}

TEST(Referral, AreasHaveStableSidedIdsAndNames)
{
    const QStringList issueKeys = {q("temple"),
                                   q("forehead"),
                                   q("behind-eye"),
                                   q("jaw"),
                                   q("back-of-head"),
                                   q("top-of-head"),
                                   q("back-of-neck"),
                                   q("side-of-neck"),
                                   q("neck-shoulder-angle"),
                                   q("top-of-shoulder"),
                                   q("front-of-shoulder"),
                                   q("back-of-shoulder"),
                                   q("outer-upper-arm"),
                                   q("back-of-upper-arm"),
                                   q("outer-elbow"),
                                   q("little-finger-side"),
                                   q("thumb-side"),
                                   q("shoulder-blade-inner-edge"),
                                   q("shoulder-blade-lower-angle"),
                                   q("between-shoulder-blades"),
                                   q("chest-wall"),
                                   q("mid-back"),
                                   q("low-back"),
                                   q("sacroiliac"),
                                   q("sacrum"),
                                   q("buttock"),
                                   q("outer-hip"),
                                   q("back-of-thigh"),
                                   q("outer-thigh-and-calf"),
                                   q("groin")};
    EXPECT_EQ(referral().areas().size(), 2 * issueKeys.size() - 1); // the sacrum alone has no sides
    for (const QString& key : issueKeys) {
        if (key == QLatin1String("sacrum")) {
            ASSERT_TRUE(referral().area(key));
            EXPECT_FALSE(referral().area(key)->side);
            EXPECT_EQ(referral().area(key)->name, q("Sacrum"));
            continue;
        }
        const PainArea* left = referral().area(key + QLatin1String("-left"));
        const PainArea* right = referral().area(key + QLatin1String("-right"));
        ASSERT_TRUE(left && right) << key.toStdString();
        EXPECT_EQ(left->side, BodySide::Left);
        EXPECT_EQ(right->side, BodySide::Right);
        EXPECT_EQ(left->key, key);
        EXPECT_EQ(left->view, right->view);
        EXPECT_TRUE(left->name.contains(QLatin1String("left"), Qt::CaseInsensitive));
        EXPECT_TRUE(right->name.contains(QLatin1String("right"), Qt::CaseInsensitive));
    }
    EXPECT_EQ(referral().area(q("temple-left"))->name, q("Left temple"));
    EXPECT_EQ(referral().area(q("behind-eye-right"))->name, q("Behind the right eye"));
    EXPECT_EQ(referral().area(q("temple-left"))->view, q("front"));
    EXPECT_EQ(referral().area(q("buttock-left"))->view, q("back"));
    EXPECT_FALSE(referral().area(q("temple")));
    EXPECT_FALSE(referral().area(q("sacrum-left")));
}

namespace {

// A candidate as one line: "rank region muscle often|sometimes", easy to compare and to read on failure.
QStringList ranked(const QString& areaId)
{
    QStringList lines;
    for (const ReferralCandidate& c : referral().candidates(areaId))
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(c.rank)
                         .arg(c.region, c.muscle, c.often ? q("often") : q("sometimes")));
    return lines;
}

QStringList lines(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(q(item));
    return list;
}

QStringList mirroredLines(const QStringList& lines)
{
    QStringList result;
    for (const QString& line : lines) {
        QStringList words = line.split(QLatin1Char(' '));
        words[1] = mirrored(words[1]);
        result.append(words.join(QLatin1Char(' ')));
    }
    return result;
}

} // namespace

// Ranking, worked out by hand: same side first; the usual zone before a spill; then the order muscles are
// most often involved (referral.json's order: upper trapezius, infraspinatus, suboccipitals, levator,
// splenius, cervical paraspinals, supraspinatus, middle and lower trapezius, rhomboids, teres minor and
// major, latissimus, serratus posterior superior, quadratus lumborum, gluteus medius, piriformis, lumbar
// erector, gluteus minimus and maximus, thoracic erector, multifidus).
TEST(Referral, TempleCandidatesPutTheSameSidesUpperTrapeziusFirst)
{
    const QStringList left =
        lines({"1 upper-trapezius-left upper-trapezius often", "2 suboccipitals-left suboccipitals often",
               "3 cervical-paraspinals-left cervical-paraspinals often",
               "4 upper-trapezius-right upper-trapezius often", "5 suboccipitals-right suboccipitals often",
               "6 cervical-paraspinals-right cervical-paraspinals often"});
    EXPECT_EQ(ranked(q("temple-left")), left);
    EXPECT_EQ(ranked(q("temple-right")), mirroredLines(left));
    const auto candidates = referral().candidates(q("temple-left"));
    // Where to search: the pinch spot on the ridge, mirrored for the other side.
    EXPECT_EQ(candidates[0].searchAt, QPointF(0.309, 0.292));
    EXPECT_EQ(candidates[3].searchAt, QPointF(1 - 0.309, 0.292));
    // The semispinalis knot, the cervical paraspinals' site that reaches the temple, not the multifidi's.
    EXPECT_EQ(candidates[2].searchAt, QPointF(0.484, 0.215));
}

TEST(Referral, ShoulderAndArmCandidates)
{
    EXPECT_EQ(ranked(q("front-of-shoulder-right")), lines({"1 infraspinatus-right infraspinatus often",
                                                           "2 infraspinatus-left infraspinatus often"}));
    // Levator, cervical multifidi and rhomboids have it in their usual zone; infraspinatus' inner knot and
    // the lower trapezius only sometimes.
    const QStringList innerEdge = lines(
        {"1 levator-scapulae-left levator-scapulae often",
         "2 cervical-paraspinals-left cervical-paraspinals often", "3 rhomboids-left rhomboids often",
         "4 infraspinatus-left infraspinatus sometimes", "5 lower-trapezius-left lower-trapezius sometimes",
         "6 levator-scapulae-right levator-scapulae often",
         "7 cervical-paraspinals-right cervical-paraspinals often", "8 rhomboids-right rhomboids often",
         "9 infraspinatus-right infraspinatus sometimes",
         "10 lower-trapezius-right lower-trapezius sometimes"});
    EXPECT_EQ(ranked(q("shoulder-blade-inner-edge-left")), innerEdge);
    EXPECT_EQ(referral().candidates(q("shoulder-blade-inner-edge-left"))[3].searchAt, QPointF(0.38, 0.37));
    // Latissimus' knot is searched for where it lies on this map: in the teres major region.
    const QStringList backOfShoulder =
        lines({"1 teres-minor-left teres-minor often", "2 teres-major-left teres-major often",
               "3 serratus-posterior-superior-left serratus-posterior-superior often",
               "4 lower-trapezius-left thoracic-erector-spinae often",
               "5 levator-scapulae-left levator-scapulae sometimes",
               "6 teres-major-left latissimus-dorsi sometimes"});
    EXPECT_EQ(ranked(q("back-of-shoulder-left")).mid(0, 6), backOfShoulder);
    EXPECT_EQ(ranked(q("back-of-shoulder-right")).mid(0, 6), mirroredLines(backOfShoulder));
    const auto littleFinger = referral().candidates(q("little-finger-side-left"));
    EXPECT_EQ(ranked(q("little-finger-side-left")),
              lines({"1 serratus-posterior-superior-left serratus-posterior-superior often",
                     "2 teres-major-left latissimus-dorsi sometimes",
                     "3 serratus-posterior-superior-right serratus-posterior-superior often",
                     "4 teres-major-right latissimus-dorsi sometimes"}));
    for (const ReferralCandidate& c : littleFinger)
        EXPECT_TRUE(c.imitatesNervePain) << "the little-finger side can look like a C8 nerve root";
}

TEST(Referral, LowBackAndHipCandidates)
{
    // Everything that reaches the buttock does so in its usual zone: the involvement order decides, quadratus
    // lumborum searched at its deep knot (under the lumbar erector on this map), gluteus maximus over the
    // sitting bone, the thoracic erector at longissimus.
    const QStringList buttock =
        lines({"1 lumbar-erector-spinae-left quadratus-lumborum often",
               "2 gluteus-medius-left gluteus-medius often", "3 piriformis-left piriformis often",
               "4 lumbar-erector-spinae-left lumbar-erector-spinae often",
               "5 gluteus-minimus-left gluteus-minimus often", "6 gluteus-maximus-left gluteus-maximus often",
               "7 thoracic-erector-spinae-left thoracic-erector-spinae often"});
    EXPECT_EQ(ranked(q("buttock-left")).mid(0, 7), buttock);
    EXPECT_EQ(ranked(q("buttock-right")).mid(0, 7), mirroredLines(buttock));
    const auto buttockCandidates = referral().candidates(q("buttock-left"));
    EXPECT_EQ(buttockCandidates[0].searchAt, QPointF(0.41, 0.64));
    EXPECT_EQ(buttockCandidates[5].searchAt, QPointF(0.36, 0.9));
    EXPECT_EQ(ranked(q("outer-hip-left")), lines({"1 quadratus-lumborum-left quadratus-lumborum often",
                                                  "2 quadratus-lumborum-right quadratus-lumborum often"}));
    EXPECT_EQ(ranked(q("back-of-thigh-right")),
              lines({"1 piriformis-right piriformis often", "2 gluteus-minimus-right gluteus-minimus often",
                     "3 piriformis-left piriformis often", "4 gluteus-minimus-left gluteus-minimus often"}));
    // The midline: both sides alike, each muscle's left then right.
    EXPECT_EQ(
        ranked(q("sacrum")),
        lines({"1 gluteus-medius-left gluteus-medius often", "2 gluteus-medius-right gluteus-medius often",
               "3 gluteus-maximus-left gluteus-maximus often",
               "4 gluteus-maximus-right gluteus-maximus often", "5 multifidus-left multifidus often",
               "6 multifidus-right multifidus often"}));
    // Gluteus maximus is searched near the tailbone for the sacrum: that site has it nearest.
    EXPECT_EQ(referral().candidates(q("sacrum"))[2].searchAt, QPointF(0.47, 0.92));
}

TEST(Referral, EveryAreaHasCandidatesRankedAndMirroredOnBothSides)
{
    const BodyAtlas& atlas = standardAtlas();
    for (const PainArea& area : referral().areas()) {
        const QList<ReferralCandidate> candidates = referral().candidates(area.id);
        ASSERT_FALSE(candidates.isEmpty()) << area.id.toStdString();
        bool otherSideSeen = false;
        for (int i = 0; i < candidates.size(); ++i) {
            const ReferralCandidate& c = candidates[i];
            EXPECT_EQ(c.rank, i + 1);
            // Where to search lies in the region named, and the muscle's pattern reaches the area.
            const AtlasRegion* hit = atlas.hitTest(c.searchAt);
            ASSERT_TRUE(hit) << c.region.toStdString();
            EXPECT_EQ(hit->id, c.region) << area.id.toStdString();
            const bool otherSide = area.side && hit->side != *area.side;
            const QString sidedMuscle = c.muscle + (hit->side == BodySide::Left ? q("-left") : q("-right"));
            EXPECT_TRUE(referral().feltIn(sidedMuscle).contains(otherSide ? mirrored(area.id) : area.id))
                << area.id.toStdString() << ' ' << c.muscle.toStdString();
            if (area.side) {
                const bool sameSide = hit->side == *area.side;
                EXPECT_FALSE(sameSide && otherSideSeen) << "same side first: " << area.id.toStdString();
                otherSideSeen = otherSideSeen || !sameSide;
            }
        }
        if (area.side) {
            EXPECT_TRUE(otherSideSeen) << "the other side is listed after: " << area.id.toStdString();
            QStringList mirroredRanking = mirroredLines(ranked(area.id));
            EXPECT_EQ(ranked(mirrored(area.id)), mirroredRanking) << area.id.toStdString();
        }
    }
    EXPECT_TRUE(referral().candidates(q("temple")).isEmpty());
    EXPECT_TRUE(referral().candidates(q("elbow-left")).isEmpty());
}

TEST(Referral, BadDataIsRefusedWithASentence)
{
    const auto refused = [](const QByteArray& json, const char* mentions) {
        QString error;
        EXPECT_FALSE(ReferralAtlas::fromJson(json, &error)) << json.toStdString();
        EXPECT_TRUE(error.contains(q(mentions))) << error.toStdString();
        EXPECT_TRUE(error.endsWith(QLatin1Char('.'))) << error.toStdString();
    };
    const QByteArray area = R"({"id": "temple", "name": "temple", "view": "front", "sided": true,
                                "sided_name": "{side} temple"})";
    const auto with = [&](const QByteArray& muscles) {
        return QByteArray(R"({"areas": [)") + area + R"(], "muscles": [)" + muscles + "]}";
    };
    const QByteArray knot = R"({"muscle": "upper-trapezius", "sources": ["J1"], "knots": [{"name": "pinch",
        "in": "upper-trapezius", "at": [0.3, 0.3], "felt": [{"area": "temple", "how": "often"}]}]})";
    ASSERT_TRUE(ReferralAtlas::fromJson(with(knot)));
    refused("{\"areas\": [", "not valid JSON");
    refused("[]", "not a JSON object");
    refused(with(""), "no areas or no muscles");
    refused(
        R"({"areas": [{"id": "temple", "name": "temple", "view": "side", "sided": false}], "muscles": []})",
        "\"temple\"");
    refused(
        R"({"areas": [{"id": "temple", "name": "temple", "view": "front", "sided": true}], "muscles": []})",
        "\"temple\"");
    refused(with(QByteArray(knot).replace("\"area\": \"temple\"", "\"area\": \"elbow\"")),
            "unknown area \"elbow\"");
    refused(with(QByteArray(knot).replace("\"often\"", "\"always\"")), "\"always\"");
    refused(with(QByteArray(knot).replace("[0.3, 0.3]", "[1.3, 0.3]")), "incomplete knot site");
    refused(with(QByteArray(knot).replace("\"in\": \"upper-trapezius\",", "")), "incomplete knot site");
    refused(with(knot + "," + knot), "repeated muscle \"upper-trapezius\"");
}
