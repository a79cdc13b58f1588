// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace knotmap {
class KnotStore;
class RoutineCatalogue;
class Settings;
} // namespace knotmap

namespace knotmap::ui {

class PeriodPicker;

// The Report view: choose the period and the sections, see the pages as they will print, export the PDF.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    ReportView(KnotStore& store, Settings& settings, const RoutineCatalogue& catalogue,
               QWidget* parent = nullptr);

    ReportOptions options() const;
    void setSectionChosen(ReportSection section, bool chosen);
    int previewPageCount() const { return m_pageCount; }
    // Writes the PDF with a progress dialog; returns false when cancelled or refused (and says why).
    bool exportTo(const QString& path);

public slots:
    void exportPdf(); // asks where, then exportTo

protected:
    void showEvent(QShowEvent* event) override;

private:
    void schedulePreview();
    void renderPreview();

    KnotStore& m_store;
    Settings& m_settings;
    const RoutineCatalogue& m_catalogue;
    PeriodPicker* m_period;
    QComboBox* m_page;
    QLineEdit* m_name;
    QList<std::pair<ReportSection, QCheckBox*>> m_sections;
    QCheckBox* m_openAfter;
    QVBoxLayout* m_pages;
    QLabel* m_pageInfo;
    QTimer m_previewTimer;
    int m_pageCount = 0;
};

} // namespace knotmap::ui
