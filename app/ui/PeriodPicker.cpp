// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodPicker.h"

#include "DayEdit.h"

#include "i18n/TranslateIn.h"

#include "storage/KnotStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace knotmap::ui {

PeriodPicker::PeriodPicker(const KnotStore& store, Qt::Orientation orientation, QWidget* parent)
    : QWidget(parent), m_store(store)
{
    m_presets = new QComboBox(this);
    m_presets->addItems({tr("Last 4 weeks"), tr("Last 12 weeks"), tr("Last 26 weeks"), tr("Last 52 weeks"),
                         tr("All time"), tr("Custom")});
    m_presets->setCurrentIndex(int(Preset::Weeks12));
    m_presets->setAccessibleName(tr("Period"));
    m_from = new DayEdit(this);
    m_to = new DayEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(translateIn("DateText", "d MMM yyyy", "Qt date pattern: 25 Oct 2026"));
        edit->setMaximumDate(QDate::currentDate());
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_quiet)
                emit changed();
        });
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    if (orientation == Qt::Horizontal) {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_presets);
        layout->addWidget(m_from);
        layout->addWidget(new QLabel(QStringLiteral("–"), this));
        layout->addWidget(m_to);
    } else {
        auto* layout = new QFormLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addRow(tr("Period:"), m_presets);
        layout->addRow(tr("From:"), m_from);
        layout->addRow(tr("To:"), m_to);
    }
    connect(m_presets, &QComboBox::currentIndexChanged, this, [this] {
        reapply();
        emit changed();
    });
    reapply();
}

QDate PeriodPicker::from() const
{
    return std::min(m_from->date(), m_to->date());
}

QDate PeriodPicker::to() const
{
    return std::max(m_from->date(), m_to->date());
}

void PeriodPicker::setPreset(Preset preset)
{
    m_presets->setCurrentIndex(int(preset));
}

void PeriodPicker::setCustomRange(QDate from, QDate to)
{
    m_quiet = true;
    m_presets->setCurrentIndex(int(Preset::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    emit changed();
}

void PeriodPicker::reapply()
{
    const auto preset = Preset(m_presets->currentIndex());
    const bool custom = preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return;
    const QDate today = QDate::currentDate();
    const int weeks = preset == Preset::Weeks4    ? 4
                      : preset == Preset::Weeks12 ? 12
                      : preset == Preset::Weeks26 ? 26
                                                  : 52;
    m_quiet = true;
    m_from->setDate(preset == Preset::AllTime ? m_store.firstRatedDay().value_or(today)
                                              : today.addDays(-(7 * weeks - 1)));
    m_to->setDate(today);
    m_quiet = false;
}

} // namespace knotmap::ui
