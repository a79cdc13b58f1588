// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL at random moments during knotmap-cli's long writes: a large import, a burst of parallel adds, a
// backup. After every kill a connection of the test's own finds PRAGMA integrity_check saying exactly "ok",
// the import wholly there or wholly absent, every add that said it was done there, and every backup under its
// final name a sound copy. The kinds of work are one table: `backup` joins it by itself once
// `knotmap-cli --help` lists the command. KNOTMAP_CRASH_SEED=N replays a run's kill moments.
#include "CrashRig.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <iostream>
#include <iterator>
#include <limits>
#include <numeric>
#include <random>

using namespace knotmap::test;

namespace {

constexpr int kKills = 36;          // kill moments in all, taken in turn by the kinds of work
constexpr int kImportRows = 100000; // about 1.5 s to import here: long enough to be killed part-way
constexpr int kBaseRows = 30000;    // already there, so checks at open and backups have pages to read
// A burst of adds starts one every 40 ms, so a kill finds some done, one writing, some still starting.
constexpr int kAddsPerBurst = 6;
constexpr qint64 kAddStaggerMs = 40;
const char* const kRegions[] = {"upper-trapezius-left",  "rhomboids-right",
                                "splenius-left",         "infraspinatus-right",
                                "levator-scapulae-left", "lumbar-erector-spinae-right"};
constexpr qint64 kSpotsPerFile = std::size(kRegions);
static_assert(kAddsPerBurst <= kSpotsPerFile, "each add of a burst has a region of its own");

// `rows` ratings 7 minutes apart from `start`, one spot per region keyed `<prefix>-<region>`; x and y are
// left empty (the region's centre) and so is spot_uuid (the spots are matched by key).
QByteArray ratingsCsv(const char* prefix, const QDate& start, int rows)
{
    QByteArray csv = "recorded_at,spot,region,x,y,intensity,quality,note,spot_uuid\r\n";
    const QDateTime first(start, QTime(8, 0), Qt::OffsetFromUTC, 3600);
    for (int i = 0; i < rows; ++i) {
        const QByteArray region = kRegions[i % kSpotsPerFile];
        csv += first.addSecs(i * 420LL).toString(Qt::ISODate).toLatin1() + ',' + prefix + '-' + region + ',' +
               region + ",,," + QByteArray::number(i % 11) + ",,,\r\n";
    }
    return csv;
}

struct Round
{
    int serial = 0;                // which run: the commands and the checks are told the same
    qint64 ratings = 0, spots = 0; // before the work
    QStringList backups;           // final-named files in the backups folder before the work
    QStringList partials;          // and files under any other name
    QList<Ran> ran;
    qint64 walBytes = 0; // the -wal's size right after the kill, before anything opened the file again
};

// How the kills of one kind of work landed; `notes` counts what a kind says about its own.
struct Tally
{
    int kills = 0, midWork = 0;
    QMap<QString, int> notes;
};

struct Work
{
    QString name;
    std::function<void()> tidy;                             // after each run, once checked
    std::function<QList<QStringList>(int serial)> commands; // the knotmap-cli runs of one piece of work
    std::function<void(const Round&, Tally&)> check;        // after each run, killed or not
    qint64 staggerMs;                                       // between the starts of its runs
};

// One kind of work in this run: how long it takes left alone, when to kill it, how the kills landed.
struct Kind
{
    explicit Kind(Work w) : work(std::move(w)) {}
    Work work;
    qint64 durationMs = std::numeric_limits<qint64>::max(); // the shortest run seen that was not killed
    std::vector<double> killAt;                             // one per kill: the fraction of durationMs
    Tally tally;
};

class KillDuringWork : public ::testing::Test
{
protected:
    qint64 count(const QString& statement) const { return scalar(rig.path(), statement); }
    QStringList backupFiles() const
    {
        return QDir(rig.file(QStringLiteral("backups")))
            .entryList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Hidden, QDir::Name);
    }
    bool cliOffers(const QString& command) const
    {
        const QRegularExpression line(QStringLiteral("^\\s+") + command + QStringLiteral("\\b"),
                                      QRegularExpression::MultilineOption);
        return line.match(rig.runOne({QStringLiteral("--help")}).out).hasMatch();
    }
    void write(const QString& name, const QByteArray& bytes) const
    {
        QFile file(rig.file(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }

    Work importWork() const;
    Work addWork() const;
    Work backupWork() const;
    void runRound(Kind& kind, int serial, qint64 killAfterMs) const;

    CrashRig rig;
};

Work KillDuringWork::importWork() const
{
    const QString file = rig.file(QStringLiteral("import.csv"));
    const QString base = rig.file(QStringLiteral("base.sqlite"));
    return {QStringLiteral("import"),
            // The same file again would add nothing, so once it is in, the database starts over; the other
            // kinds of work then always find the same amount of data, and take as long as they were measured.
            [=, this] {
                if (count(QStringLiteral("SELECT count(*) FROM spots WHERE key LIKE 'bulk-%'")) != 0) {
                    EXPECT_TRUE(rig.resetFrom(base));
                }
            },
            [=](int) {
                return QList<QStringList>{{QStringLiteral("import"), file}};
            },
            [this](const Round& round, Tally& tally) {
                const qint64 ratings = count(QStringLiteral("SELECT count(*) FROM ratings"));
                const qint64 spots = count(QStringLiteral("SELECT count(*) FROM spots"));
                const bool absent = ratings == round.ratings && spots == round.spots;
                const bool whole =
                    ratings == round.ratings + kImportRows && spots == round.spots + kSpotsPerFile;
                EXPECT_TRUE(absent || whole) << "half an import: " << ratings - round.ratings
                                             << " ratings and " << spots - round.spots << " spots";
                const Ran& ran = round.ran.constFirst();
                if (!ran.killed)
                    EXPECT_TRUE(ran.succeeded() && whole) << ran.err.toStdString();
                else if (whole)
                    ++tally.notes[QStringLiteral("committed, killed before it ended")];
                else if (round.walBytes > 0) // pages of the import's transaction were already in the -wal
                    ++tally.notes[QStringLiteral("rolled back from inside the write transaction")];
                else
                    ++tally.notes[QStringLiteral("killed before it wrote")];
            },
            0};
}

Work KillDuringWork::addWork() const
{
    // Each add's note names it, so the test can tell which ones went in; odd ones rate a spot of their own
    // again by key, even ones make a new spot.
    const auto note = [](int serial, int i) { return QStringLiteral("burst %1 add %2").arg(serial).arg(i); };
    const auto commands = [=](int serial) {
        QList<QStringList> runs;
        for (int i = 0; i < kAddsPerBurst; ++i) {
            QStringList arguments{QStringLiteral("add"),
                                  QStringLiteral("--region"),
                                  QLatin1String(kRegions[i]),
                                  QStringLiteral("--intensity"),
                                  QString::number(i + 2),
                                  QStringLiteral("--note"),
                                  note(serial, i)};
            if (i % 2)
                arguments << QStringLiteral("--spot") << QStringLiteral("burst-%1").arg(i);
            runs.append(arguments);
        }
        return runs;
    };
    const auto check = [=, this](const Round& round, Tally& tally) {
        qint64 added = 0;
        for (int i = 0; i < round.ran.size(); ++i) {
            const Ran& ran = round.ran[i];
            const qint64 there = count(
                QStringLiteral("SELECT count(*) FROM ratings WHERE note = '%1'").arg(note(round.serial, i)));
            added += there;
            EXPECT_LE(there, 1);
            if (!ran.killed) {
                EXPECT_TRUE(ran.succeeded() && there == 1) << ran.err.toStdString();
                ++tally.notes[QStringLiteral("adds done before the kill")];
            } else {
                ++tally.notes[there ? QStringLiteral("adds committed, killed before they ended")
                                    : QStringLiteral("adds killed before they committed")];
            }
        }
        tally.notes[QStringLiteral("adds never started")] += kAddsPerBurst - round.ran.size();
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM ratings")), round.ratings + added);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM spots WHERE id NOT IN "
                                       "(SELECT spot_id FROM ratings)")),
                  0)
            << "a spot was made without its rating";
    };
    return {QStringLiteral("adds"), [] {}, commands, check, kAddStaggerMs};
}

Work KillDuringWork::backupWork() const
{
    const auto check = [this](const Round& round, Tally& tally) {
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM ratings")), round.ratings);
        const QDir folder(rig.file(QStringLiteral("backups")));
        const Ran& ran = round.ran.constFirst();
        bool named = false;
        for (const QString& name : backupFiles()) {
            const QString path = folder.filePath(name);
            EXPECT_EQ(checkRows(path, "quick_check"), QStringList{QStringLiteral("ok")})
                << name.toStdString();
            if (round.backups.contains(name))
                continue;
            // quick_check passes an empty or cut-short file too, so a new copy must also hold every rating:
            // the database did not change while it was made.
            const qint64 held = scalar(path, QStringLiteral("SELECT count(*) FROM ratings"));
            EXPECT_EQ(held, round.ratings) << name.toStdString() << " is not a whole copy";
            named = named || ran.out.contains(name);
        }
        const QStringList all = folder.entryList(QDir::Files | QDir::Hidden);
        if (!ran.killed)
            EXPECT_TRUE(ran.succeeded() && named)
                << "no new backup named in: " << ran.out.toStdString() << ran.err.toStdString();
        else if (backupFiles().size() > round.backups.size())
            ++tally.notes[QStringLiteral("copy made, killed before it ended")];
        else if (std::any_of(all.cbegin(), all.cend(), [&](const QString& name) {
                     return !name.endsWith(QLatin1String(".sqlite")) && !round.partials.contains(name);
                 }))
            ++tally.notes[QStringLiteral("killed with a partial file under another name")];
    };
    return {QStringLiteral("backup"), [] {},
            [](int) { return QList<QStringList>{{QStringLiteral("backup")}}; }, check, 0};
}

void KillDuringWork::runRound(Kind& kind, int serial, qint64 killAfterMs) const
{
    const Work& work = kind.work;
    Round round;
    round.serial = serial;
    round.ratings = count(QStringLiteral("SELECT count(*) FROM ratings"));
    round.spots = count(QStringLiteral("SELECT count(*) FROM spots"));
    round.backups = backupFiles();
    round.partials = QDir(rig.file(QStringLiteral("backups"))).entryList(QDir::Files | QDir::Hidden);
    qint64 elapsed = 0;
    round.ran = rig.run(work.commands(serial), killAfterMs, work.staggerMs, &elapsed);
    round.walBytes = QFileInfo(rig.path() + QStringLiteral("-wal")).size(); // stat only: never opened here
    // Everything else reads the file again, so a damaged one ends the test here.
    ASSERT_EQ(checkRows(rig.path(), "integrity_check"), QStringList{QStringLiteral("ok")});
    const bool killedOne =
        std::any_of(round.ran.cbegin(), round.ran.cend(), [](const Ran& r) { return r.killed; });
    if (killAfterMs >= 0) {
        ++kind.tally.kills;
        kind.tally.midWork += killedOne;
    }
    // A run that ended before its kill shows the work is quicker now than when measured (a machine less
    // busy): the later kills of its kind come earlier to match.
    if (!killedOne)
        kind.durationMs = std::min(kind.durationMs, elapsed);
    Tally measuring; // runs left alone to measure them are checked too, but not counted as kills
    work.check(round, killAfterMs >= 0 ? kind.tally : measuring);
    work.tidy();
}

} // namespace

TEST_F(KillDuringWork, TheDatabaseIsWholeAndEveryImportAllOrNothingAfterEverySigkill)
{
    const QString seedText = qEnvironmentVariable("KNOTMAP_CRASH_SEED");
    const unsigned seed = seedText.isEmpty() ? std::random_device{}() : seedText.toUInt();
    std::cout << "[ crash    ] seed " << seed << " (replay with KNOTMAP_CRASH_SEED=" << seed << ")"
              << std::endl;
    std::mt19937 random(seed);

    write(QStringLiteral("base.csv"), ratingsCsv("base", QDate(2015, 1, 1), kBaseRows));
    write(QStringLiteral("import.csv"), ratingsCsv("bulk", QDate(2020, 1, 1), kImportRows));
    const Ran base = rig.runOne({QStringLiteral("import"), rig.file(QStringLiteral("base.csv"))});
    ASSERT_TRUE(base.succeeded()) << base.err.toStdString();
    ASSERT_TRUE(
        QFile::copy(rig.path(), rig.file(QStringLiteral("base.sqlite")))); // knotmap-cli has closed it

    std::vector<Kind> kinds{Kind(importWork()), Kind(addWork())};
    if (cliOffers(QStringLiteral("backup")))
        kinds.emplace_back(backupWork());
    else
        std::cout << "[ crash    ] knotmap-cli has no backup command yet: imports and adds only" << std::endl;

    int serial = 0;
    for (Kind& kind : kinds) {
        for (int i = 0; i < 2; ++i) {
            runRound(kind, serial++, -1);
            ASSERT_FALSE(HasFailure()) << kind.work.name.toStdString() << " fails even when left alone";
        }
        std::cout << "[ crash    ] " << kind.work.name.toStdString() << " left alone: " << kind.durationMs
                  << " ms" << std::endl;
    }
    // The kinds take the kills in turn. Each kind's kill moments spread over 4/5 of the time it takes left
    // alone: one at random in each of as many equal slices as it has kills, shuffled, so its start, middle
    // and end are all reached whatever the seed. That time is the shortest run seen that was not killed (see
    // runRound), so kills keep landing inside the work when the machine grows less busy. The seed replays
    // the fractions; the milliseconds follow the machine.
    const int count = static_cast<int>(kinds.size());
    for (int k = 0; k < count; ++k) {
        Kind& kind = kinds[k];
        const int kills = (kKills - k + count - 1) / count;
        std::vector<int> slices(kills);
        std::iota(slices.begin(), slices.end(), 0);
        std::shuffle(slices.begin(), slices.end(), random);
        std::uniform_real_distribution<double> within(0.0, 1.0);
        for (int slice : slices)
            kind.killAt.push_back(0.8 * (slice + within(random)) / kills);
    }

    for (int kill = 0; kill < kKills && !HasFatalFailure(); ++kill) {
        Kind& kind = kinds[kill % count];
        const qint64 at = std::llround(kind.killAt[kill / count] * kind.durationMs);
        SCOPED_TRACE(QStringLiteral("kill %1 of %2: %3 killed after %4 ms; seed %5")
                         .arg(kill + 1)
                         .arg(kKills)
                         .arg(kind.work.name)
                         .arg(at)
                         .arg(seed)
                         .toStdString());
        runRound(kind, serial++, at);
    }

    // Most kills must land while the work still runs, or the test would pass without interrupting anything.
    for (const Kind& kind : kinds) {
        const Tally& t = kind.tally;
        std::cout << "[ crash    ] " << kind.work.name.toStdString() << ": " << t.kills << " kills, "
                  << t.midWork << " mid-work (over " << kind.durationMs << " ms)";
        for (auto note = t.notes.cbegin(); note != t.notes.cend(); ++note)
            std::cout << "; " << note.value() << ' ' << note.key().toStdString();
        std::cout << std::endl;
        EXPECT_GT(2 * t.midWork, t.kills)
            << kind.work.name.toStdString() << ": most kills came after the work";
    }
}
