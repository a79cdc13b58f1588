// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportView.h"

#include "ui/ScrollingPanel.h"

#include "ReportPreview.h"
#include "ui/BackgroundTask.h"
#include "ui/ExportNotice.h"
#include "ui/FileDialogs.h"

#include "report/Report.h"
#include "routines/Catalogue.h"
#include "routines/Planner.h"
#include "settings/Settings.h"
#include "storage/KnotStore.h"
#include "ui/PeriodPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace knotmap::ui {

ReportView::ReportView(KnotStore& store, Settings& settings, const RoutineCatalogue& catalogue,
                       QWidget* parent)
    : QWidget(parent), m_store(store), m_settings(settings),
      m_atlas(std::make_shared<const BodyAtlas>(store.atlas())),
      m_ownCatalogue(std::make_shared<const RoutineCatalogue>(catalogue)),
      m_previewTask(new BackgroundTask(store, this)), m_exportTask(new BackgroundTask(store, this))
{
    m_period = new PeriodPicker(store, Qt::Vertical, this);
    m_page = new QComboBox(this);
    m_page->setObjectName(QStringLiteral("reportPaper"));
    // The data is ReportPageSize's own value: the combo shows and writes the setting, as Preferences does.
    m_page->addItem(tr("A4"), QStringLiteral("a4"));
    m_page->addItem(tr("US Letter"), QStringLiteral("letter"));
    m_page->setCurrentIndex(std::max(0, m_page->findData(settings.value(SettingKey::ReportPageSize))));
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
    m_exportButton = new QPushButton(tr("Export PDF…"), this);
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportView::exportPdf);
    m_askPrinter = askWithPrintDialog(this);
    auto* printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(QStringLiteral("printReport"));
    connect(printButton, &QPushButton::clicked, this, &ReportView::print);
    connect(this, &ReportView::previewReady, this, [this] {
        if (std::exchange(m_printWhenReady, false))
            print();
    });
    // While a PDF is written: how far it is, and a way to stop it. The window stays usable meanwhile.
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setRange(0, 100);
    m_exportProgress->setFormat(tr("Writing the report… %p%"));
    m_exportProgress->setAccessibleName(tr("Writing the report"));
    m_cancelExport = new QPushButton(tr("Cancel"), this);
    m_cancelExport->setAccessibleName(tr("Cancel the report's export"));
    connect(m_cancelExport, &QPushButton::clicked, this, &ReportView::cancelExport);
    auto* exportRow = new QHBoxLayout;
    exportRow->setContentsMargins(0, 0, 0, 0);
    exportRow->addWidget(m_exportProgress, 1);
    exportRow->addWidget(m_cancelExport);
    m_exportProgress->hide();
    m_cancelExport->hide();
    connect(m_exportTask, &BackgroundTask::progressed, this, [this](qint64 done, qint64 total) {
        m_exportProgress->setValue(int(done * 100 / std::max<qint64>(1, total)));
    });
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
    left->addLayout(exportRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(printButton);
    buttons->addWidget(m_exportButton, 1);
    left->addLayout(buttons);
    auto* leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    QScrollArea* leftPanel = scrollingPanel(leftWidget, this); // a short window scrolls the choices
    leftPanel->setMaximumWidth(360);

    m_preview = new ReportPreview(this);
    m_preview->setAccessibleName(tr("Preview of the report's pages"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftPanel);
    layout->addWidget(m_preview, 1);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250); // one render after a burst of changes
    connect(&m_previewTimer, &QTimer::timeout, this, &ReportView::renderPreview);
    connect(m_period, &PeriodPicker::changed, this, &ReportView::schedulePreview);
    connect(m_page, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setValue(SettingKey::ReportPageSize, m_page->currentData()); });
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
        if (key == SettingKey::ReportPageSize) {
            const QSignalBlocker blocker(m_page);
            m_page->setCurrentIndex(std::max(0, m_page->findData(m_settings.value(key))));
        }
        if (key == SettingKey::PersonName || key == SettingKey::WeekStartsOnSunday ||
            key == SettingKey::RoutineSymptoms || key == SettingKey::ReportPageSize)
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
    o.page = m_page->currentData() == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
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

bool ReportView::previewPending() const
{
    return m_previewTimer.isActive() || m_previewTask->busy();
}

void ReportView::renderPreview()
{
    m_previewTimer.stop();
    // The choices are read here, on the GUI thread; the worker reads the file on a connection of its own and
    // lays the pages out. A newer change supersedes this one (BackgroundTask drops its result).
    const ReportOptions chosen = options();
    m_pageInfo->setText(tr("Preparing the preview…"));
    m_preview->setMessage(tr("Preparing the preview…"));
    m_previewTask->start<std::shared_ptr<const PreparedReport>>(
        [chosen, atlas = m_atlas, catalogue = m_ownCatalogue](KnotStore& reader, const WorkerContext& context)
            -> Result<std::shared_ptr<const PreparedReport>> {
            auto data = std::make_shared<const ReportData>(collectReportData(reader, chosen));
            if (context.stopRequested())
                return Failure{QStringLiteral("superseded")}; // dropped anyway
            std::optional<ReportPages> pages =
                layOutReport(*data, *atlas, *catalogue, [&](int, int) { return !context.stopRequested(); });
            if (!pages)
                return Failure{QStringLiteral("superseded")};
            return std::make_shared<const PreparedReport>(PreparedReport{data, atlas, std::move(*pages)});
        },
        [this](const Result<std::shared_ptr<const PreparedReport>>& prepared) {
            if (!prepared) {
                m_pageInfo->setText(tr("The preview could not be made: %1").arg(prepared.error()));
                m_preview->setMessage(QString());
                return;
            }
            m_preview->setMessage(QString());
            m_preview->setReport(*prepared);
            m_pageCount = m_preview->pageCount();
            m_pageInfo->setText(tr("%n page(s).", "", m_pageCount) +
                                tr(" The PDF has the same pages, with real text you can search and copy."));
            emit previewReady(m_pageCount);
        });
}

void ReportView::exportPdf()
{
    if (exporting())
        return; // one at a time: the progress bar is in view
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("KnotMap report %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = askForFileToSave(this, tr("Export Report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    exportTo(path);
    m_openWhenWritten = m_openAfter->isChecked();
}

bool ReportView::exporting() const
{
    return m_exportTask->busy();
}

void ReportView::exportTo(const QString& path)
{
    cancelExport(); // one export at a time: an earlier one still running ends as cancelled, leaving no file
    m_openWhenWritten = false;
    m_exportPath = path;
    // Gathered on the GUI thread: the worker never reads settings, widgets or the window's store.
    const ReportOptions chosen = options();
    const QStringList protectedFiles = m_store.ownFiles();
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_cancelExport->show();
    m_exportButton->setEnabled(false);
    m_exportTask->start<bool>(
        [chosen, protectedFiles, path, atlas = m_atlas,
         catalogue = m_ownCatalogue](KnotStore& reader, const WorkerContext& context) -> Result<bool> {
            const ReportData data = collectReportData(reader, chosen);
            QString error;
            // A stop (Cancel, or the view closed) ends the writing at the next section or page, and
            // writeReportPdf then leaves no file.
            if (!writeReportPdf(data, *atlas, *catalogue, path, protectedFiles, &error,
                                [&](int done, int total) {
                                    context.progress(done, total);
                                    return !context.stopRequested();
                                }))
                return Failure{error};
            return true;
        },
        [this, path](const Result<bool>& written) {
            m_exportProgress->hide();
            m_cancelExport->hide();
            m_exportButton->setEnabled(true);
            if (!written) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Report Not Written"), written.error(),
                                            QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            } else {
                const QString shown = QDir::toNativeSeparators(path);
                if (auto* window = qobject_cast<QMainWindow*>(this->window()))
                    confirmExport(window->statusBar(), tr("Report saved to %1.").arg(shown), path);
                // With no PDF viewer installed, openUrl does nothing visible: say so, and where the file is.
                if (m_openWhenWritten && !urlOpener()(QUrl::fromLocalFile(path))) {
                    auto* box = new QMessageBox(
                        QMessageBox::Information, tr("No PDF Viewer"),
                        tr("No application to open PDF files was found. The report is saved as %1.")
                            .arg(shown),
                        QMessageBox::Ok, this);
                    box->setObjectName(QStringLiteral("noPdfViewer"));
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                }
            }
            emit exportFinished(written.ok(), path);
        });
}

void ReportView::cancelExport()
{
    if (!exporting())
        return;
    // The worker stops at its next section or page and removes what it wrote; its answer is dropped, and a
    // cancel needs no message: the person asked for it.
    m_exportTask->stop();
    m_exportProgress->hide();
    m_cancelExport->hide();
    m_exportButton->setEnabled(true);
    emit exportFinished(false, m_exportPath);
}

void ReportView::print()
{
    const std::shared_ptr<const PreparedReport> report = m_preview->report();
    if (!report || previewPending()) {
        m_printWhenReady = true; // previewReady prints it
        schedulePreview();
        return;
    }
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    setUpPrinter(*printer, *report);
    if (!m_askPrinter(*printer))
        return;
    auto* status =
        qobject_cast<QMainWindow*>(window()) ? qobject_cast<QMainWindow*>(window())->statusBar() : nullptr;
    if (status)
        status->showMessage(tr("Printing the report…"));
    printReport(report, std::move(printer), this, [this, status](int pages, const QString& problem) {
        if (status)
            status->showMessage(problem.isEmpty() ? tr("Printed %n page(s) of the report.", "", pages)
                                                  : tr("The report was not printed: %1.").arg(problem),
                                problem.isEmpty() ? 8000 : 0);
        emit printFinished(pages, problem);
    });
}

} // namespace knotmap::ui
