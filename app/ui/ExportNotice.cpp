// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportNotice.h"

#include "i18n/TranslateIn.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace knotmap::ui {

namespace {} // namespace

UrlOpener& urlOpener()
{
    static UrlOpener opener = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    return opener;
}

void confirmExport(QStatusBar* bar, const QString& message, const QString& path)
{
    delete bar->findChild<QPushButton*>(QStringLiteral("showInFolder")); // one export's button at a time
    bar->showMessage(message, 30000);
    // A permanent widget: the status bar hides ordinary ones while a message shows.
    auto* button = new QPushButton(translateIn("ExportNotice", "Show in Folder"), bar);
    button->setObjectName(QStringLiteral("showInFolder"));
    const QString folder = QFileInfo(path).absolutePath();
    button->setToolTip(QDir::toNativeSeparators(folder));
    bar->insertPermanentWidget(0, button);
    QObject::connect(button, &QPushButton::clicked, bar, [bar, folder] {
        if (!urlOpener()(QUrl::fromLocalFile(folder)))
            bar->showMessage(
                translateIn("ExportNotice", "No file manager could be started; the file is in %1.")
                    .arg(QDir::toNativeSeparators(folder)),
                15000);
    });
    QObject::connect(bar, &QStatusBar::messageChanged, button, [button, message](const QString& now) {
        if (now != message)
            button->deleteLater();
    });
}

} // namespace knotmap::ui
