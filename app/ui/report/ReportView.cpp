// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportView.h"

#include "ui/FileDialogs.h"

#include "report/Report.h"
#include "routines/Planner.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"
#include "ui/PeriodPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace knotmap::ui {

ReportView::ReportView(KnotStore& store, Settings& settings, const RoutineCatalogue& catalogue,
                       QWidget* parent)
    : QWidget(parent), m_store(store), m_settings(settings), m_catalogue(catalogue)
{
    m_period = new PeriodPicker(store, Qt::Vertical, this);
    m_page = new QComboBox(this);
    m_page->addItem(tr("A4"), int(PageSize::A4));
    m_page->addItem(tr("US Letter"), int(PageSize::Letter));
    m_name = new QLineEdit(settings.value(SettingKey::PersonName).toString(), this);
    m_name->setPlaceholderText(tr("Optional"));
    m_name->setMaxLength(Settings::rule(SettingKey::PersonName).max); // a longer name would not be kept

    auto* form = new QFormLayout;
    form->addRow(tr("Name on the report:"), m_name);
    form->addRow(tr("Paper:"), m_page);

    auto* sectionsBox = new QGroupBox(tr("Sections"), this);
    auto* sectionsLayout = new QVBoxLayout(sectionsBox);
    for (ReportSection section : allReportSections()) {
        auto* box = new QCheckBox(reportSectionTitle(section), sectionsBox);
        box->setChecked(true);
        sectionsLayout->addWidget(box);
        m_sections.append({section, box});
        connect(box, &QCheckBox::toggled, this, &ReportView::schedulePreview);
    }
    m_openAfter = new QCheckBox(tr("Open the PDF when it is ready"), this);
    m_openAfter->setChecked(true);
    auto* exportButton = new QPushButton(tr("Export PDF…"), this);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ReportView::exportPdf);
    m_pageInfo = new QLabel(this);
    m_pageInfo->setForegroundRole(QPalette::PlaceholderText);
    m_pageInfo->setWordWrap(true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_period);
    left->addLayout(form);
    left->addWidget(sectionsBox);
    left->addStretch(1);
    left->addWidget(m_pageInfo);
    left->addWidget(m_openAfter);
    left->addWidget(exportButton);
    auto* leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(340);

    auto* pagesHost = new QWidget(this);
    m_pages = new QVBoxLayout(pagesHost);
    m_pages->setSpacing(14);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(pagesHost);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    scroll->setAccessibleName(tr("Preview of the report's pages"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addWidget(scroll, 1);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250); // one render after a burst of changes
    connect(&m_previewTimer, &QTimer::timeout, this, &ReportView::renderPreview);
    connect(m_period, &PeriodPicker::changed, this, &ReportView::schedulePreview);
    connect(m_page, &QComboBox::currentIndexChanged, this, &ReportView::schedulePreview);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& name) {
        m_settings.setValue(SettingKey::PersonName, name);
        schedulePreview();
    });
    // What the report reads from the settings, set here or elsewhere (an import, the Routine view).
    connect(&m_settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::PersonName && m_name->text() != m_settings.value(key).toString()) {
            const QSignalBlocker blocker(m_name); // showing the name must not write it back
            m_name->setText(m_settings.value(key).toString());
        }
        if (key == SettingKey::PersonName || key == SettingKey::WeekStartsOnSunday ||
            key == SettingKey::RoutineSymptoms)
            schedulePreview();
    });
    for (const auto signal : {&KnotStore::spotAdded, &KnotStore::spotChanged})
        connect(&m_store, signal, this, &ReportView::schedulePreview);
    connect(&m_store, &KnotStore::spotRemoved, this, &ReportView::schedulePreview);
    connect(&m_store, &KnotStore::ratingsChanged, this, &ReportView::schedulePreview);
    connect(&m_store, &KnotStore::dataImported, this, [this] {
        m_period->reapply();
        schedulePreview();
    });
}

ReportOptions ReportView::options() const
{
    ReportOptions o;
    o.from = m_period->from();
    o.to = m_period->to();
    for (const auto& [section, box] : m_sections) {
        if (box->isChecked())
            o.sections.insert(section);
    }
    o.page = PageSize(m_page->currentData().toInt());
    o.personName = m_name->text().trimmed();
    o.weekStart = m_settings.value(SettingKey::WeekStartsOnSunday).toBool() ? Qt::Sunday : Qt::Monday;
    o.symptoms = plannerSettingsFrom(m_settings).symptoms;
    return o;
}

void ReportView::setSectionChosen(ReportSection section, bool chosen)
{
    for (const auto& [s, box] : m_sections) {
        if (s == section)
            box->setChecked(chosen);
    }
    renderPreview();
}

void ReportView::schedulePreview()
{
    if (isVisible())
        m_previewTimer.start();
}

void ReportView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    renderPreview();
}

void ReportView::renderPreview()
{
    m_previewTimer.stop();
    const QList<QImage> pages = renderReportPages(collectReportData(m_store, options()), m_store.atlas(),
                                                  m_catalogue, kReportPreviewDpi);
    while (QLayoutItem* item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QImage& page : pages) {
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        label->setLineWidth(1);
        m_pages->addWidget(label);
    }
    m_pageCount = int(pages.size());
    m_pageInfo->setText((m_pageCount == 1 ? tr("1 page.") : tr("%1 pages.").arg(m_pageCount)) +
                        tr(" The PDF has the same pages, with real text you can search and copy."));
}

void ReportView::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("KnotMap report %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = askForFileToSave(this, tr("Export Report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (exportTo(path) && m_openAfter->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool ReportView::exportTo(const QString& path)
{
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    bool cancelled = false;
    const ReportData data = collectReportData(m_store, options());
    const bool written = writeReportPdf(data, m_store.atlas(), m_catalogue, path, m_store.ownFiles(), &error,
                                        [&](int done, int total) {
                                            progress.setValue(done * 100 / std::max(1, total));
                                            cancelled = progress.wasCanceled();
                                            return !cancelled;
                                        });
    progress.reset();
    if (!written && !cancelled) { // a cancel needs no message: the person asked for it
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Report Not Written"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return written;
}

} // namespace knotmap::ui
