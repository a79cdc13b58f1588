// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autostart.h"

#include "i18n/TranslateIn.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace knotmap::ui {

namespace {} // namespace

QString autostartPath()
{
    // The XDG base directory rule itself: QStandardPaths would answer a test folder in tests and could not be
    // pointed elsewhere, and the desktop reads exactly this path.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/org.knotmap.KnotMap.desktop");
}

bool autostartEnabled()
{
    return QFileInfo(autostartPath()).isFile();
}

QString setAutostart(bool enabled)
{
    const QString path = autostartPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return translateIn("Autostart", "The autostart entry %1 could not be removed.")
                .arg(QDir::toNativeSeparators(path));
        return {};
    }
    const QString folder = QFileInfo(path).absolutePath();
    // The config folder may be missing on a new account; autostart/ is made private (Qt 6.4 has no mkpath
    // with permissions, so the last step is mkdir).
    if (!QFileInfo(folder).isDir() &&
        (!QDir().mkpath(QFileInfo(folder).absolutePath()) ||
         !QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)))
        return translateIn("Autostart",
                           "KnotMap cannot start with the desktop: the folder %1 cannot be made.")
            .arg(QDir::toNativeSeparators(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return translateIn("Autostart", "KnotMap cannot start with the desktop: %1 cannot be written (%2).")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write("[Desktop Entry]\n"
               "Type=Application\n"
               "Name=KnotMap\n"
               "Comment=Reminds you to rate your knots\n"
               "Exec=knotmap --minimized\n"
               "Icon=org.knotmap.KnotMap\n"
               "Terminal=false\n"
               "X-GNOME-Autostart-enabled=true\n");
    if (!file.commit())
        return translateIn("Autostart", "KnotMap cannot start with the desktop: %1 cannot be written (%2).")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace knotmap::ui
