// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "settings/Settings.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace knotmap::ui {

namespace {
const char* const kStartStyle = "knotmapStartStyle";     // the system's style, by name
const char* const kStartPalette = "knotmapStartPalette"; // and its palette, kept on the application

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor highlight(0x3d, 0x7e, 0xc6), muted(0x8a, 0x8d, 0x91);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}
} // namespace

void applyAppearance(const QString& choice)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return;
    // setStyle() deletes the style it replaces: what the system gave is kept by name, with its palette.
    if (!app->property(kStartStyle).isValid()) {
        app->setProperty(kStartStyle, QApplication::style()->name());
        app->setProperty(kStartPalette, QApplication::palette());
    }
    if (choice == QLatin1String("dark") || choice == QLatin1String("light")) {
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QApplication::setPalette(choice == QLatin1String("dark") ? darkPalette()
                                                                 : QApplication::style()->standardPalette());
        return;
    }
    const QString start = app->property(kStartStyle).toString();
    if (QApplication::style()->name() != start)
        if (QStyle* system = QStyleFactory::create(start))
            QApplication::setStyle(system);
    QApplication::setPalette(app->property(kStartPalette).value<QPalette>());
}

void followAppearance(Settings& settings)
{
    applyAppearance(settings.value(SettingKey::Appearance).toString());
    QObject::connect(&settings, &Settings::changed, &settings, [&settings](SettingKey key) {
        if (key == SettingKey::Appearance)
            applyAppearance(settings.value(SettingKey::Appearance).toString());
    });
}

} // namespace knotmap::ui
