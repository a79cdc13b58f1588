// SPDX-License-Identifier: GPL-3.0-or-later
// KnotMap in German (issue 14): with the German catalogue installed, every text a person can see in the
// window's views, menus and dialogs is German. The walk compares each visible text with the catalogue's
// English sources: a text that is still one of them (placeholders filled in any way) was never translated,
// and a text holding common English words was never sent to the translators at all.
#include "UiFixture.h"

#include "Translations.h"
#include "demo/DemoHistory.h"
#include "ui/KnotActions.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace knotmap;
using namespace knotmap::test;

namespace {

// The English sources the German catalogue translates differently, as patterns: placeholders match anything.
QList<QRegularExpression> englishSources()
{
    QFile file(QStringLiteral(KNOTMAP_TRANSLATIONS_DIR "/knotmap_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QRegularExpression> patterns;
    QXmlStreamReader ts(&file);
    QString source, translated;
    while (!ts.atEnd()) {
        ts.readNext();
        if (ts.isStartElement() && ts.name() == QLatin1String("message")) {
            source.clear();
            translated.clear();
        } else if (ts.isStartElement() && ts.name() == QLatin1String("source")) {
            source = ts.readElementText();
        } else if (ts.isStartElement() &&
                   (ts.name() == QLatin1String("translation") || ts.name() == QLatin1String("numerusform"))) {
            const QString text = ts.readElementText(QXmlStreamReader::IncludeChildElements);
            if (translated.isEmpty())
                translated = text;
        } else if (ts.isEndElement() && ts.name() == QLatin1String("message")) {
            QString plain = source;
            plain.remove(QRegularExpression(QStringLiteral("%L?[0-9n]")));
            // Only texts with words of their own: "%1 · %2" or "PDF" are the same in both languages.
            if (translated == source || plain.count(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))) < 2)
                continue;
            QString pattern = QRegularExpression::escape(QString(source).remove(QLatin1Char('&')));
            pattern.replace(QRegularExpression(QStringLiteral("%L?[0-9n]")), QStringLiteral(".*"));
            patterns.append(QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'),
                                               QRegularExpression::DotMatchesEverythingOption));
        }
    }
    return patterns;
}

// Words German text does not use: a text with two of them was left in English.
bool looksEnglish(const QString& text)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(the|and|your|you|with|this|that|from|not|of|for|is|are|was|when|it|to|on)\\b"));
    int found = 0;
    for (auto it = words.globalMatch(text); it.hasNext(); it.next())
        ++found;
    return found >= 2;
}

struct Found
{
    QString where;
    QString text;
};

void collect(QWidget* root, const QString& where, QList<Found>& texts)
{
    const auto add = [&](QObject* from, const QString& text) {
        QString clean = text;
        clean.remove(QLatin1Char('&'));
        if (!clean.trimmed().isEmpty())
            texts.append({where + QLatin1Char('/') + from->objectName() + QLatin1Char('(') +
                              QString::fromLatin1(from->metaObject()->className()) + QLatin1Char(')'),
                          clean.trimmed()});
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        add(w, w->windowTitle().remove(QStringLiteral("[*]")));
        add(w, w->toolTip());
        add(w, w->accessibleName());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(w, QTextDocumentFragment::fromHtml(label->text()).toPlainText());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(w, button->text());
        if (auto* box = qobject_cast<QGroupBox*>(w))
            add(w, box->title());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(w, edit->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, tabs->tabText(i));
                add(w, tabs->tabToolTip(i));
            }
        if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
            for (int c = 0; c < tree->columnCount(); ++c)
                add(w, tree->headerItem()->text(c));
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                for (int c = 0; c < tree->columnCount(); ++c) {
                    add(w, (*it)->text(c));
                    add(w, (*it)->toolTip(c));
                }
        }
        if (auto* table = qobject_cast<QTableWidget*>(w))
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (table->item(r, c))
                        add(w, table->item(r, c)->text());
        if (auto* menu = qobject_cast<QMenu*>(w))
            for (QAction* action : menu->actions()) {
                add(action, action->text());
                add(action, action->statusTip());
            }
    }
}

class German : public WindowFixture
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(installedLanguages().contains(QStringLiteral("de")));
        installTranslations(QStringLiteral("de"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        WindowFixture::SetUp();
    }
    void TearDown() override
    {
        closeWindow();
        QLocale::setDefault(QLocale::c());
        installTranslations(QStringLiteral("en"));
    }

    // Every text found that is still English, one line each.
    QStringList untranslated(const QList<Found>& texts) const
    {
        static const QList<QRegularExpression> sources = englishSources();
        EXPECT_GT(sources.size(), 500);
        QStringList left;
        for (const Found& found : texts) {
            const bool isSource = std::any_of(sources.cbegin(), sources.cend(), [&](const auto& pattern) {
                return pattern.match(found.text).hasMatch();
            });
            if (isSource || looksEnglish(found.text))
                left.append(found.where + QStringLiteral(": ") + found.text);
        }
        left.removeDuplicates();
        return left;
    }
};

} // namespace

TEST_F(German, EveryViewMenuAndDialogOfTheWindowIsGerman)
{
    ASSERT_EQ(generateDemoHistory(*store, 6, 7), QString());
    QList<Found> texts;
    for (QAction* top : window->menuBar()->actions()) {
        texts.append({QStringLiteral("menu bar"), top->text().remove(QLatin1Char('&'))});
        if (top->menu())
            collect(top->menu(), top->text(), texts);
        for (QMenu* sub : top->menu()->findChildren<QMenu*>())
            collect(sub, sub->title(), texts);
    }
    window->showMark();
    window->showSpot(store->spots().first().id);
    collect(window.get(), QStringLiteral("Mark"), texts);
    window->showTrends();
    collect(window.get(), QStringLiteral("Trends"), texts);
    window->showRoutine();
    collect(window.get(), QStringLiteral("Routine"), texts);
    window->showReport();
    collect(window.get(), QStringLiteral("Report"), texts);
    window->showMark();

    // The dialogs that open beside the window (those with a file dialog are Qt's, in Qt's catalogue).
    for (const char* name : {"preferencesAction", "archivedKnots", "knotHistory"})
        window->findChild<QAction*>(QLatin1String(name))->trigger();
    for (QAction* top : window->menuBar()->actions())
        if (top->menu() && top == window->menuBar()->actions().last())
            for (QAction* help : top->menu()->actions())
                if (!help->isSeparator() && !help->text().contains(QStringLiteral("Qt")))
                    help->trigger();
    QApplication::processEvents();
    int dialogs = 0;
    for (QDialog* dialog : window->findChildren<QDialog*>())
        if (dialog->isVisible()) {
            collect(dialog, dialog->objectName(), texts);
            ++dialogs;
        }
    EXPECT_GE(dialogs, 6);
    // The user guide (F1) is the German one, with its pictures.
    auto* guide = window->findChild<QTextBrowser*>(QStringLiteral("guideBrowser"));
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->toPlainText().contains(QStringLiteral("Erste Schritte")));
    EXPECT_FALSE(guide->toPlainText().contains(QStringLiteral("Getting started")));
    // Its headings carry the anchors its links use, umlauts kept as GitHub keeps them.
    bool named = false;
    for (QTextBlock block = guide->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            named = named || it.fragment().charFormat().anchorNames().contains(
                                 QStringLiteral("schmerz-der-woanders-gespürt-wird-ausstrahlender-schmerz"));
    EXPECT_TRUE(named);
    EXPECT_GT(texts.size(), 300);
    const QStringList left = untranslated(texts);
    EXPECT_TRUE(left.isEmpty()) << left.size() << " texts still English:\n"
                                << left.join(QLatin1Char('\n')).toStdString();
}

// The report for a therapist, in German: its words, its dates ("21. Nov. 2026") and decimals ("4,5").
TEST_F(German, TheReportIsGermanWithGermanDatesAndDecimals)
{
    ASSERT_EQ(generateDemoHistory(*store, 6, 7), QString());
    const QString all = exportedReportText(QStringLiteral("bericht.pdf"));
    ASSERT_FALSE(all.isEmpty());
    QStringList english; // line by line: pdftotext breaks them where the page does
    for (const QString& line : all.split(QLatin1Char('\n')))
        if (looksEnglish(line))
            english.append(line);
    EXPECT_TRUE(english.isEmpty()) << english.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(all.contains(QLocale().monthName(QDate::currentDate().month(), QLocale::ShortFormat)) ||
                all.contains(QLocale().monthName(QDate::currentDate().month())));
    EXPECT_TRUE(all.contains(QRegularExpression(QStringLiteral("\\b\\d,\\d\\b")))); // a mean such as "4,5"
    EXPECT_FALSE(all.contains(QRegularExpression(QStringLiteral("\\b\\d\\.\\d\\b"))));
}
