// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpMenu.h"

#include "i18n/TranslateIn.h"

#include "MainWindow.h"
#include "WelcomeDialog.h"
#include "settings/Settings.h"
#include "storage/Backups.h"
#include "storage/KnotStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>

namespace knotmap::ui {

namespace {

// Keys handled in keyPressEvent or by a QShortcut, not by a window action (grep keyPressEvent, QShortcut).
QList<ShortcutRow> keysWithoutActions()
{
    return {
        {translateIn("HelpMenu", "Body map or list: rate or add at the selection"),
         QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)},
        {translateIn("HelpMenu", "Body map or list: the selected knot's menu"),
         QKeySequence(Qt::Key_Menu).toString(QKeySequence::NativeText)},
        {translateIn("HelpMenu", "Body map: the next knot that way"), translateIn("HelpMenu", "Arrow keys")},
        {translateIn("HelpMenu", "Body map: the next or previous muscle region"),
         QKeySequence(Qt::CTRL | Qt::Key_Right).toString(QKeySequence::NativeText) + QStringLiteral(", ") +
             QKeySequence(Qt::CTRL | Qt::Key_Left).toString(QKeySequence::NativeText)},
        {translateIn("HelpMenu", "Body map: mark a knot in that region"),
         QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText)},
        {translateIn("HelpMenu", "Guided player: choose a score"),
         translateIn("HelpMenu", "Left and Right arrows")},
        {translateIn("HelpMenu", "Editor: set the score"), translateIn("HelpMenu", "0–9, 1 then 0 for 10")},
        {translateIn("HelpMenu", "Editor: save"),
         QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)},
        {translateIn("HelpMenu", "Editor: cancel"),
         QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)},
        {translateIn("HelpMenu", "Guided player: pause or resume"),
         QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)},
    };
}

QString plain(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")))
        .replace(QStringLiteral("&&"), QStringLiteral("&"));
}

void walk(const QMenu* menu, const QString& path, QList<ShortcutRow>& rows)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            walk(action->menu(), path + QStringLiteral(" › ") + plain(action->text()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append(
                {path + QStringLiteral(" › ") + plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}

QDialog* showOnce(QWidget* parent, const QString& name, const std::function<QDialog*()>& make)
{
    auto* dialog = parent->findChild<QDialog*>(name);
    if (!dialog) {
        dialog = make();
        dialog->setObjectName(name);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

// GitHub's names for a heading's anchor, which the guide's "#…" links use: lower case, punctuation dropped,
// spaces as hyphens ("Pain felt elsewhere (referred pain)" -> "pain-felt-elsewhere-referred-pain").
QString headingAnchor(const QString& heading)
{
    QString slug = heading.toLower();
    // Letters of every language count as letters, as on GitHub: "gespürt" keeps its ü.
    slug.remove(
        QRegularExpression(QStringLiteral("[^\\w\\- ]"), QRegularExpression::UseUnicodePropertiesOption));
    return slug.replace(QLatin1Char(' '), QLatin1Char('-'));
}

// Qt 6.4's Markdown reader gives headings no anchors, so the guide's own links would go nowhere. A document
// that has them already (the same page, only scrolled) is left as it is.
void nameHeadings(QTextDocument* document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        if (block.begin().fragment().charFormat().isAnchor())
            return;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(anchor);
    }
}

// The guide's screenshots are whole windows, wider than the guide's window: each is shown at most `width`
// wide, in proportion, its size read from the PNG's header alone (decoding a dozen would hold the window).
void fitPictures(QTextDocument* document, int width)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QSize size = QImageReader(QStringLiteral(":/knotmap/guide/") + image.name()).size();
            if (!size.isValid() || size.width() <= width)
                continue;
            image.setWidth(width);
            image.setHeight(qreal(size.height()) * width / size.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

QDialog* makeGuide(QWidget* parent)
{
    auto* dialog = new QDialog(parent, Qt::Window);
    dialog->setWindowTitle(QApplication::translate("HelpMenu", "KnotMap User Guide"));
    auto* layout = new QVBoxLayout(dialog);
    auto* bar = new QToolBar(dialog);
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setOpenExternalLinks(true);
    // The guide's images are "screenshots/x.png", relative to the guide, which sits in the same resource.
    browser->setSearchPaths({QStringLiteral(":/knotmap/guide")});
    constexpr int kPictureWidth = 740; // the window's 820, less its margins and scroll bar
    // The anchors are named after Qt looked for a link's anchor in the page it (re)loaded: scroll once they
    // are there.
    QObject::connect(browser, &QTextBrowser::sourceChanged, browser, [browser](const QUrl& source) {
        nameHeadings(browser->document());
        fitPictures(browser->document(), kPictureWidth);
        if (source.hasFragment())
            browser->scrollToAnchor(source.fragment());
    });
    // The guide in the language of the window, which its catalogue names; English where there is none.
    QString guide =
        translateIn("HelpMenu", "user-guide.md", "the user guide's file: user-guide.de.md in German");
    if (!QFileInfo::exists(QStringLiteral(":/knotmap/guide/") + guide))
        guide = QStringLiteral("user-guide.md");
    browser->setSource(QUrl(QStringLiteral("qrc:/knotmap/guide/") + guide), QTextDocument::MarkdownResource);
    QAction* back =
        bar->addAction(QApplication::translate("HelpMenu", "Back"), browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    QAction* forward =
        bar->addAction(QApplication::translate("HelpMenu", "Forward"), browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    QObject::connect(browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QObject::connect(browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    back->setEnabled(false);
    forward->setEnabled(false);
    layout->addWidget(bar);
    layout->addWidget(browser);
    dialog->resize(820, 760);
    return dialog;
}

QDialog* makeShortcuts(const QMainWindow& window, QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setWindowTitle(QApplication::translate("HelpMenu", "Keyboard Shortcuts"));
    const QList<ShortcutRow> rows = windowShortcuts(window);
    auto* table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels(
        {QApplication::translate("HelpMenu", "Does"), QApplication::translate("HelpMenu", "Keys")});
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].where));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].keys));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    return dialog;
}

QDialog* makeAbout(const KnotStore& store, QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setWindowTitle(QApplication::translate("HelpMenu", "About KnotMap"));
    auto* text = new QLabel(dialog);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QString sqlite = store.sqliteVersion();
    text->setText(
        QApplication::translate(
            "HelpMenu",
            "<h3>KnotMap %1</h3><p>A diary for back and neck muscle knots: mark where it hurts, rate it, and "
            "follow it over the weeks.</p><p><b>KnotMap is a self-care aid, not a diagnosis.</b> See a "
            "doctor "
            "or physiotherapist for numbness, tingling, weakness, fever, unexplained weight loss, or severe "
            "pain that does not ease.</p><p>Licence: GPL-3.0-or-later (<a "
            "href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License, version 3 or "
            "later</a>).</p><p>Qt %2 · SQLite %3</p><p>Your data: %4<br>Backups: %5</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()),
                 sqlite.isEmpty() ? QApplication::translate("HelpMenu", "unknown") : sqlite,
                 QDir::toNativeSeparators(store.path()).toHtmlEscaped(),
                 QDir::toNativeSeparators(backupFolder(store.path())).toHtmlEscaped()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(520, dialog->sizeHint().height());
    return dialog;
}

} // namespace

QList<ShortcutRow> windowShortcuts(const QMainWindow& window)
{
    QList<ShortcutRow> rows;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            walk(top->menu(), plain(top->text()), rows);
    rows += keysWithoutActions();
    return rows;
}

void addHelpMenu(MainWindow& window, QMenuBar* bar, KnotStore& store, Settings& settings)
{
    QMenu* help = bar->addMenu(QApplication::translate("HelpMenu", "&Help"));
    const auto welcome = [&window, &store, &settings] {
        showOnce(&window, QStringLiteral("welcome"),
                 [&] { return new WelcomeDialog(window, store, settings); });
    };
    help->addAction(QApplication::translate("HelpMenu", "&Welcome"), &window, welcome);
    QAction* guide = help->addAction(QApplication::translate("HelpMenu", "&User Guide"), &window, [&window] {
        showOnce(&window, QStringLiteral("userGuide"), [&window] { return makeGuide(&window); });
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(QApplication::translate("HelpMenu", "&Keyboard Shortcuts"), &window, [&window] {
        showOnce(&window, QStringLiteral("shortcuts"), [&window] { return makeShortcuts(window, &window); });
    });
    help->addSeparator();
    help->addAction(QApplication::translate("HelpMenu", "&About KnotMap"), &window, [&window, &store] {
        showOnce(&window, QStringLiteral("about"), [&] { return makeAbout(store, &window); });
    });
    help->addAction(QApplication::translate("HelpMenu", "About &Qt"), qApp, &QApplication::aboutQt);

    // A first start on an empty file: after the window is up, so the welcome sits over it.
    if (!settings.value(SettingKey::WelcomeShown).toBool() && store.spots(true).isEmpty())
        QTimer::singleShot(0, &window, welcome);
}

} // namespace knotmap::ui
