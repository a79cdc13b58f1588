// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import Data… and Export Data on the real window: the work runs on a worker while the window keeps
// answering, Cancel leaves nothing behind, and closing the window mid-import leaves all of it or none.
#include "UiFixture.h"

#include "exchange/Exchange.h"
#include "storage/Backups.h"
#include "ui/LongWork.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>

using namespace knotmap;
using namespace knotmap::test;

namespace {

constexpr int kBigImportRows = 100000;

class DataTransferWindow : public WindowFixture
{
protected:
    ui::LongWork* work() const { return window->longWork(); }
    QProgressBar* progressBar() const
    {
        return window->findChild<QProgressBar*>(QStringLiteral("longWorkProgress"));
    }
    QPushButton* cancelButton() const
    {
        return window->findChild<QPushButton*>(QStringLiteral("longWorkCancel"));
    }
    // Answers the next file dialog with `path`, as a person typing it and pressing Open or Save would.
    static void answerFileDialog(const QString& path)
    {
        auto* poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, path] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // QFileDialog leaves the name field alone while it has the focus (so as not to overwrite typing),
            // and the focus arrives at a time of the window system's choosing: the name is typed in, as a
            // person does, where selectFile() did not take.
            dialog->selectFile(path);
            if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                name && dialog->selectedFiles().value(0) != path)
                name->setText(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog's own accept(), as its button calls it
            poll->deleteLater();
        });
        poll->start(10);
    }
    bool waitForJob(int timeoutMs = 120000) const
    {
        return QTest::qWaitFor([this] { return !work()->busy(); }, timeoutMs);
    }
    // Waits until the running job's progress bar stands past `permille`, then does `then` at once.
    bool whenProgressPasses(int permille, const std::function<void()>& then, int timeoutMs = 60000) const
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            if (!work()->busy())
                return false; // finished before it got there
            if (progressBar()->maximum() > 0 && progressBar()->value() > permille) {
                then();
                return true;
            }
        }
        return false;
    }
    void mark(const char* region, Qt::Key digit)
    {
        clickMap(pointOf(region));
        type(digit);
        type(Qt::Key_Return);
    }
    // `rows` ratings of one spot, a minute apart, with notes that need quoting now and then.
    QString writeCsv(const QString& name, int rows, const char* region = "splenius-left") const
    {
        QByteArray csv = "recorded_at,spot,region,x,y,intensity,quality,note\r\n";
        const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < rows; ++i) {
            csv += start.addSecs(60LL * i).toString(Qt::ISODate).toUtf8() + ",big," + region + ",,," +
                   QByteArray::number(i % 11) + (i % 3 ? ",aching," : ",,") +
                   (i % 7 ? QByteArray() : QByteArray("\"a note, with a comma\"")) + "\r\n";
        }
        return temp.writeFile(name, csv);
    }
    // Every table's rows (sqlite_sequence too), in a digest: equal digests, equal databases.
    QByteArray digest() const
    {
        RawConnection raw(temp.path());
        QSqlQuery tables(raw.db());
        EXPECT_TRUE(
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            hash.addData(table.toUtf8());
            QSqlQuery rows(raw.db());
            EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            QStringList lines;
            while (rows.next()) {
                QStringList fields;
                for (int i = 0; i < rows.record().count(); ++i)
                    fields.append(rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
                lines.append(fields.join(QLatin1Char('\x1f')));
            }
            lines.sort();
            hash.addData(lines.join(QLatin1Char('\n')).toUtf8());
        }
        return hash.result().toHex();
    }
    qint64 ratingCount() const { return RawConnection(temp.path()).count(QStringLiteral("ratings")); }
};

} // namespace

TEST_F(DataTransferWindow, AnImportRunsWhileTheWindowKeepsAnswering)
{
    const QString csv = writeCsv(QStringLiteral("big.csv"), kBigImportRows);
    answerFileDialog(csv);
    action(QStringLiteral("&Import Data…"))->trigger(); // returns once the dialog closed and the job started
    ASSERT_TRUE(work()->busy());
    // One long job at a time: import, export and backups wait for it.
    EXPECT_FALSE(action(QStringLiteral("&Import Data…"))->isEnabled());
    EXPECT_FALSE(action(QStringLiteral("Ratings as &CSV…"))->isEnabled());
    EXPECT_FALSE(action(QStringLiteral("&Back Up Now"))->isEnabled());
    EXPECT_TRUE(window->findChild<QWidget*>(QStringLiteral("longWorkPanel"))->isVisible());

    // A heartbeat: while the worker imports, the window's loop keeps turning.
    int beats = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceLast;
    sinceLast.start();
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (!work()->busy())
            return;
        ++beats;
        longestGap = std::max(longestGap, sinceLast.restart());
    });
    heartbeat.start(10);
    ASSERT_TRUE(waitForJob());
    heartbeat.stop();
    RecordProperty("longestGapMs", int(longestGap)); // in the XML report, for a look at the real figure
    EXPECT_GE(beats, 5);
    EXPECT_LT(longestGap, 1000) << "the loop stood still for " << longestGap << " ms";

    EXPECT_EQ(ratingCount(), kBigImportRows);
    EXPECT_TRUE(action(QStringLiteral("&Import Data…"))->isEnabled());
    EXPECT_TRUE(action(QStringLiteral("Ratings as &CSV…"))->isEnabled());
    const QString said = window->statusBar()->currentMessage();
    EXPECT_TRUE(said.startsWith(QStringLiteral("Imported "))) << said.toStdString();
    EXPECT_TRUE(said.contains(QLocale().toString(kBigImportRows) + QStringLiteral(" ratings")))
        << said.toStdString();
}

TEST_F(DataTransferWindow, AFinishedImportShowsTheNewSpotsOnTheMarkTabAndAppliesTheFilesSettings)
{
    mark("rhomboids-left", Qt::Key_5);
    ASSERT_EQ(map()->spots().size(), 1);
    // A KnotMap JSON file from another database, with three spots and a name among its settings.
    TempDatabase other;
    const std::unique_ptr<KnotStore> from = other.open();
    for (const char* region : {"splenius-right", "infraspinatus-left", "upper-trapezius-right"})
        ASSERT_TRUE(from->createSpot(labelOf(region), ratingAt(QStringLiteral("2026-03-01T08:00:00Z"), 4)));
    QVariantMap values = exchangedSettingValues(settings.get());
    values.insert(Settings::name(SettingKey::PersonName), QStringLiteral("Ada Example"));
    const QString json =
        temp.writeFile(QStringLiteral("other.json"), QJsonDocument(exportJson(*from, values)).toJson());

    answerFileDialog(json);
    action(QStringLiteral("&Import Data…"))->trigger();
    ASSERT_TRUE(waitForJob());
    EXPECT_EQ(ratingCount(), 4);
    EXPECT_EQ(map()->spots().size(), 4); // the Mark tab shows them without waiting for its timer
    const QPointF imported = labelOf("infraspinatus-left");
    EXPECT_TRUE(std::any_of(map()->spots().cbegin(), map()->spots().cend(), [&](const MapSpot& spot) {
        return qFuzzyCompare(spot.position.x(), imported.x()) &&
               qFuzzyCompare(spot.position.y(), imported.y());
    }));
    EXPECT_EQ(settings->value(SettingKey::PersonName).toString(), QStringLiteral("Ada Example"));
}

TEST_F(DataTransferWindow, ACancelledImportLeavesTheDatabaseExactlyAsItWas)
{
    mark("rhomboids-left", Qt::Key_5);
    mark("splenius-right", Qt::Key_7);
    const QByteArray before = digest();
    const qint64 ratingsBefore = ratingCount();
    const QString csv = writeCsv(QStringLiteral("big.csv"), kBigImportRows);
    answerFileDialog(csv);
    action(QStringLiteral("&Import Data…"))->trigger();
    // Past half way the rows are going in, inside the import's one transaction: Cancel must roll it back.
    ASSERT_TRUE(whenProgressPasses(550, [this] { cancelButton()->click(); }))
        << "the import finished before it could be cancelled";
    ASSERT_TRUE(waitForJob());
    EXPECT_EQ(ratingCount(), ratingsBefore);
    EXPECT_EQ(digest(), before);
    EXPECT_EQ(map()->spots().size(), 2);
    const QString said = window->statusBar()->currentMessage();
    EXPECT_TRUE(said.contains(QStringLiteral("cancelled; nothing was changed"))) << said.toStdString();
    EXPECT_TRUE(action(QStringLiteral("&Import Data…"))->isEnabled());
    // Nor a before-import backup: Revert Last Import has no import to take back.
    EXPECT_TRUE(listBackups(temp.path(), false).isEmpty());
    EXPECT_FALSE(action(QStringLiteral("Re&vert Last Import…"))->isEnabled());
}

TEST_F(DataTransferWindow, ACancelledExportLeavesNoFileAndAFinishedOneHasEveryRating)
{
    mark("rhomboids-left", Qt::Key_5);
    // Many ratings at once, straight into SQLite: what a long history looks like to the export.
    RawConnection raw(temp.path());
    ASSERT_TRUE(raw.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
        "INSERT INTO ratings (spot_id, recorded_utc, utc_offset_min, intensity, quality, note) "
        "SELECT (SELECT min(id) FROM spots), 1577836800 + 60 * i, 60, i % 11, '', "
        "CASE WHEN i % 5 = 0 THEN 'stiff, \"after\" work' ELSE '' END FROM n")));
    const qint64 total = ratingCount();
    ASSERT_EQ(total, 300001);
    // The window takes in the outside write now, not on its next look, whose status message could
    // otherwise replace the export's own in the middle of the test.
    store->checkForOutsideChanges();
    QCoreApplication::processEvents();

    const QStringList filesBefore = QDir(temp.dir.path()).entryList(QDir::Files | QDir::Hidden);
    const QString target = temp.dir.filePath(QStringLiteral("ratings.csv"));
    answerFileDialog(target);
    action(QStringLiteral("Ratings as &CSV…"))->trigger();
    ASSERT_TRUE(work()->busy());
    ASSERT_TRUE(whenProgressPasses(0, [this] { cancelButton()->click(); }))
        << "the export finished before it could be cancelled";
    ASSERT_TRUE(waitForJob());
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_EQ(QDir(temp.dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore); // no temporary file
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Export cancelled; no file was written."));

    answerFileDialog(target);
    action(QStringLiteral("Ratings as &CSV…"))->trigger();
    ASSERT_TRUE(waitForJob());
    QFile written(target);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << window->statusBar()->currentMessage().toStdString();
    qint64 lines = 0;
    while (!written.atEnd()) {
        const QByteArray line = written.readLine();
        lines += line.endsWith('\n') ? 1 : 0;
    }
    // The header and one line a rating: no note here holds a line break.
    EXPECT_EQ(lines, total + 1);
    EXPECT_EQ(written.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Exported %1 ratings to %2.")
                  .arg(QLocale().toString(total), QDir::toNativeSeparators(target)));
}

TEST_F(DataTransferWindow, ClosingTheWindowWhileAnImportRunsLeavesAllOfItOrNone)
{
    mark("rhomboids-left", Qt::Key_5);
    const QByteArray before = digest();
    const qint64 ratingsBefore = ratingCount();
    const QString csv = writeCsv(QStringLiteral("big.csv"), kBigImportRows);
    answerFileDialog(csv);
    action(QStringLiteral("&Import Data…"))->trigger();
    ASSERT_TRUE(whenProgressPasses(550, [this] { closeWindow(); }))
        << "the import finished before the window could be closed";
    // The worker finishes on its own connection; the application waits for it the same way as it quits.
    QThreadPool::globalInstance()->waitForDone();
    const qint64 after = ratingCount();
    EXPECT_TRUE(after == ratingsBefore || after == ratingsBefore + kBigImportRows) << after;
    if (after == ratingsBefore) {
        EXPECT_EQ(digest(), before);
    }
    // And the file opens again as usual, with what it holds.
    openWindow(false);
    EXPECT_EQ(map()->spots().size(), after == ratingsBefore ? 1 : 2);
}

TEST_F(DataTransferWindow, ExportingOneRatingSaysOneRating)
{
    mark("rhomboids-left", Qt::Key_5);
    const QString target = temp.dir.filePath(QStringLiteral("one.csv"));
    answerFileDialog(target);
    action(QStringLiteral("Ratings as &CSV…"))->trigger();
    ASSERT_TRUE(waitForJob());
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("Exported 1 rating to %1.").arg(QDir::toNativeSeparators(target)));
}
