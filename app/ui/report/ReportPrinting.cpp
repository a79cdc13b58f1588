// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPrinting.h"

#include "i18n/TranslateIn.h"

#include "ReportPreview.h"
#include "report/PageFlow.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace knotmap::ui {

namespace {} // namespace

PrinterQuestion askWithPrintDialog(QObject* dialogParent)
{
    return [dialogParent](QPrinter& printer) {
        QPrintDialog dialog(&printer, qobject_cast<QWidget*>(dialogParent));
        dialog.setWindowTitle(translateIn("ReportPrinting", "Print Report"));
        return dialog.exec() == QDialog::Accepted;
    };
}

void setUpPrinter(QPrinter& printer, const PreparedReport& report)
{
    printer.setPageSize(report.data->options.page == PageSize::Letter ? QPageSize(QPageSize::Letter)
                                                                      : QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true); // the laid-out pages hold their own margins, as the PDF's do
    printer.setDocName(QStringLiteral("KnotMap report"));
    printer.setCreator(QStringLiteral("KnotMap"));
}

void printReport(std::shared_ptr<const PreparedReport> report, std::unique_ptr<QPrinter> printer,
                 QObject* context, std::function<void(int pages, const QString& problem)> done)
{
    auto* watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, context, [watcher, report, done] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        done(problem.isEmpty() ? report->pages.count() : 0, problem);
    });
    watcher->setFuture(QtConcurrent::run([report, printer = std::shared_ptr<QPrinter>(std::move(printer))] {
        QPainter painter;
        if (!painter.begin(printer.get()))
            return translateIn("ReportPrinting", "the printer could not be started");
        // Pages are drawn in page units (1/1200 inch): each printer scales them to its own resolution.
        const qreal scale = printer->resolution() / kPageDpi;
        for (int i = 0; i < report->pages.count(); ++i) {
            if (i > 0 && !printer->newPage())
                return translateIn("ReportPrinting", "the printer stopped after page %1").arg(i);
            painter.save();
            painter.scale(scale, scale);
            report->pages.paint(i, painter);
            painter.restore();
        }
        return painter.end() ? QString()
                             : translateIn("ReportPrinting", "the printer did not finish the job");
    }));
}

} // namespace knotmap::ui
