// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recovery.h"

#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>

namespace knotmap::ui {

namespace {

std::optional<BackupInfo> newestGoodBackup(const QString& path)
{
    for (const BackupInfo& backup : listBackups(path, true))
        if (backup.ok)
            return backup;
    return std::nullopt;
}

// The unusable file and SQLite's companions move aside whole (a rename: not one byte changes), then a copy of
// the backup takes the database's place.
QString putBackupInPlace(const QString& path, const BackupInfo& backup)
{
    const QString aside = path + QStringLiteral(".unusable-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHHmmss"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) &&
            std::rename(QFile::encodeName(path + suffix).constData(),
                        QFile::encodeName(aside + suffix).constData()) != 0)
            return translateIn("Recovery", "%1 could not be moved aside")
                .arg(QDir::toNativeSeparators(path + suffix));
    }
    if (!QFile::copy(backup.path, path))
        return translateIn("Recovery", "the backup could not be copied to %1")
            .arg(QDir::toNativeSeparators(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace

RecoveryChoice askHowToRecover(QWidget* parent, const QString& path, const QString& problem,
                               const std::optional<BackupInfo>& newestGood)
{
    QMessageBox box(QMessageBox::Warning, translateIn("Recovery", "KnotMap Cannot Open Your Data"),
                    translateIn("Recovery", "KnotMap cannot use %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recoveryDialog"));
    // The store's sentence starts by naming the file, which the dialog has just done.
    QString reason = problem;
    const QString named = QDir::toNativeSeparators(path) + QStringLiteral(": ");
    if (const qsizetype at = reason.indexOf(named); at >= 0)
        reason = reason.mid(at + named.size());
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    QString details = translateIn("Recovery", "The problem: %1.").arg(reason);
    QPushButton* restore = nullptr;
    if (newestGood) {
        details +=
            QStringLiteral("\n\n") +
            translateIn(
                "Recovery",
                "The newest good backup is from %1, with %2 and %3. Restoring it keeps the file above as it "
                "is, under another name, so nothing in it is lost.")
                .arg(QLocale().toString(newestGood->createdAt, QLocale::LongFormat),
                     QApplication::translate("Recovery", "%Ln spot(s)", "", int(newestGood->spots)),
                     QApplication::translate("Recovery", "%Ln rating(s)", "", int(newestGood->ratings)));
        restore = box.addButton(translateIn("Recovery", "Restore Backup"), QMessageBox::AcceptRole);
    } else {
        details += QStringLiteral("\n\n") +
                   translateIn("Recovery", "There is no backup of it. The file is left as it is.");
    }
    box.setInformativeText(details);
    QPushButton* other =
        box.addButton(translateIn("Recovery", "Open Another File…"), QMessageBox::ActionRole);
    QPushButton* quit = box.addButton(translateIn("Recovery", "Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore ? restore : other);
    box.setEscapeButton(quit);
    box.exec();
    if (restore && box.clickedButton() == restore)
        return RecoveryChoice::RestoreNewestBackup;
    return box.clickedButton() == other ? RecoveryChoice::OpenAnotherFile : RecoveryChoice::Quit;
}

std::unique_ptr<KnotStore> openWithRecovery(QString& path, const BodyAtlas& atlas,
                                            const StoreOptions& options, const RecoveryDecision& decide,
                                            const std::function<QString()>& chooseFile, QString* error)
{
    for (;;) {
        QString problem;
        std::unique_ptr<KnotStore> store;
        // SQLite takes an empty file for a new database; where backups of it exist, it was one and lost it
        // all.
        const QFileInfo file(path);
        if (file.exists() && file.size() == 0 && !listBackups(path, false).isEmpty())
            problem = translateIn("Recovery", "the file is empty, although KnotMap has backups of it");
        else
            store = KnotStore::open(path, atlas, &problem, options);
        if (store)
            return store;
        const std::optional<BackupInfo> newest = newestGoodBackup(path);
        switch (decide(path, problem, newest)) {
        case RecoveryChoice::RestoreNewestBackup:
            if (QString failed =
                    newest ? putBackupInPlace(path, *newest) : translateIn("Recovery", "there is no backup");
                !failed.isEmpty()) {
                *error = failed;
                return nullptr;
            }
            continue;
        case RecoveryChoice::OpenAnotherFile: {
            const QString chosen = chooseFile();
            if (chosen.isEmpty())
                continue; // back to the question
            path = chosen;
            continue;
        }
        case RecoveryChoice::Quit:
            *error = problem;
            return nullptr;
        }
    }
}

} // namespace knotmap::ui
