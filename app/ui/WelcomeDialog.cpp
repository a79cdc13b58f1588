// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeDialog.h"

#include "MainWindow.h"
#include "demo/DemoHistory.h"
#include "settings/Settings.h"
#include "storage/Backups.h"
#include "storage/KnotStore.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace knotmap::ui {

namespace {

// The guide's own screenshots (embedded for Help › User Guide), so the pictures are the real window.
QLabel* picture(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    const QPixmap shot(QStringLiteral(":/knotmap/guide/screenshots/%1").arg(name));
    label->setPixmap(shot.scaled(220, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QLabel* text(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

WelcomeDialog::WelcomeDialog(MainWindow& window, const KnotStore& store, Settings& settings)
    : QDialog(&window), m_window(window), m_store(store), m_settings(settings)
{
    setWindowTitle(tr("Welcome to KnotMap"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        text(tr("<h2>Welcome to KnotMap</h2><p>A diary for the sore, tight spots in back and neck "
                "muscles that often come and go: note where it hurts and how much, and see "
                "over the weeks whether it is getting better.</p>"),
             this));
    auto* steps = new QGridLayout;
    const QStringList shots = {QStringLiteral("hover-region.png"), QStringLiteral("mark-editor.png"),
                               QStringLiteral("trends.png")};
    const QStringList words = {tr("<b>1. Click where it hurts</b> on the body map."),
                               tr("<b>2. Rate it</b> from 0 to 10 and say how it feels."),
                               tr("<b>3. Come back tomorrow</b> and rate it again to see the trend.")};
    for (int i = 0; i < 3; ++i) {
        steps->addWidget(picture(shots[i], this), 0, i);
        steps->addWidget(text(words[i], this), 1, i);
    }
    layout->addLayout(steps);
    layout->addWidget(text(
        tr("<p>Your data stays on this computer, in <code>%1</code>. A backup is made every day and kept "
           "in <code>%2</code>.</p><p><i>KnotMap is a self-care aid, not a diagnosis.</i></p>")
            .arg(QDir::toNativeSeparators(store.path()).toHtmlEscaped(),
                 QDir::toNativeSeparators(backupFolder(store.path())).toHtmlEscaped()),
        this));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* demo = buttons->addButton(tr("Explore &Demo Data"), QDialogButtonBox::ActionRole);
    demo->setObjectName(QStringLiteral("exploreDemo"));
    QPushButton* start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("start"));
    start->setDefault(true);
    connect(demo, &QPushButton::clicked, this, &WelcomeDialog::exploreDemo);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString WelcomeDialog::makeDemoDatabase(const KnotStore& like, QString* error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    if (QDir::cleanPath(path) == QDir::cleanPath(like.path())) {
        *error = tr("The demo cannot replace the database that is open.");
        return {};
    }
    QDir().mkpath(folder);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix); // a fresh demo each time: it is made-up data, never the person's
    std::unique_ptr<KnotStore> demo = KnotStore::open(path, like.atlas(), error);
    if (!demo)
        return {};
    if (QString problem = generateDemoHistory(*demo, 12, 7); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return path;
}

void WelcomeDialog::exploreDemo()
{
    QString error;
    const QString path = makeDemoDatabase(m_store, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Demo Data"), tr("The demo data could not be made: %1").arg(error));
        return;
    }
    accept();
    emit m_window.openDatabaseRequested(path);
}

void WelcomeDialog::done(int result)
{
    m_settings.setValue(SettingKey::WelcomeShown, true);
    QDialog::done(result);
}

void WelcomeDialog::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(SettingKey::WelcomeShown, true);
    QDialog::closeEvent(event);
}

} // namespace knotmap::ui
