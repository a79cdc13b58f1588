// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSafety.h"

#include "i18n/TranslateIn.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace knotmap {

namespace {

bool sameFile(const QString& a, const QString& b)
{
    struct stat first, second;
    if (::stat(QFile::encodeName(a).constData(), &first) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &second) != 0)
        return false;
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

// The protected file `path` is, or the empty string. A file that does not exist yet can still be the
// database's -wal or -shm by name, so names are compared too.
QString protectedMatch(const QString& path, const QStringList& protectedFiles)
{
    const QFileInfo asked(path);
    const QString where =
        QFileInfo(asked.absolutePath()).canonicalFilePath() + QLatin1Char('/') + asked.fileName();
    for (const QString& own : protectedFiles) {
        const QFileInfo info(own);
        const QString ownWhere =
            QFileInfo(info.absolutePath()).canonicalFilePath() + QLatin1Char('/') + info.fileName();
        if (where == ownWhere || sameFile(path, own))
            return own;
    }
    return {};
}

QString protectedProblem(const QString& path, const QStringList& protectedFiles)
{
    if (QString own = protectedMatch(path, protectedFiles); !own.isEmpty())
        return translateIn(
                   "FileSafety",
                   "%1 is KnotMap's own database (or a file SQLite keeps beside it); choose another file")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

} // namespace

QString checkDestination(const QString& path, const QStringList& protectedFiles)
{
    if (path.isEmpty())
        return translateIn("FileSafety", "no file name given");
    if (QString problem = protectedProblem(path, protectedFiles); !problem.isEmpty())
        return problem;
    const QFileInfo info(path); // follows links: what would actually be replaced
    if (info.isDir())
        return translateIn("FileSafety", "%1 is a folder; give a file name")
            .arg(QDir::toNativeSeparators(path));
    if (info.exists() && !info.isFile())
        return translateIn("FileSafety", "%1 is not a regular file (a device, pipe or socket); choose a file")
            .arg(QDir::toNativeSeparators(path));
    if (!QFileInfo(info.absolutePath()).isDir())
        return translateIn("FileSafety", "the folder %1 does not exist")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

QString checkSource(const QString& path, const QStringList& protectedFiles)
{
    if (path.isEmpty())
        return translateIn("FileSafety", "no file name given");
    if (QString problem = protectedProblem(path, protectedFiles); !problem.isEmpty())
        return problem;
    const QFileInfo info(path);
    if (!info.exists())
        return translateIn("FileSafety", "%1 does not exist").arg(QDir::toNativeSeparators(path));
    if (!info.isFile())
        return translateIn("FileSafety", "%1 is not a regular file").arg(QDir::toNativeSeparators(path));
    return {};
}

} // namespace knotmap
