// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QPrinter;

namespace knotmap::ui {

struct PreparedReport;

// Asks where and how to print (QPrintDialog); false when the person cancelled. Tests put in their own, which
// points the printer at a PDF file.
using PrinterQuestion = std::function<bool(QPrinter& printer)>;
PrinterQuestion askWithPrintDialog(QObject* dialogParent);

// Sets a printer up for the report: its paper, the whole sheet (the pages carry their own margins), its
// title.
void setUpPrinter(QPrinter& printer, const PreparedReport& report);

// Prints the laid-out pages on Qt's thread pool (a QPainter may paint on a QPrinter off the GUI thread; a
// long report's charts take some 50 ms a page), then calls `done` on `context`'s thread with the pages
// printed, or 0 and a sentence when printing failed.
void printReport(std::shared_ptr<const PreparedReport> report, std::unique_ptr<QPrinter> printer,
                 QObject* context, std::function<void(int pages, const QString& problem)> done);

} // namespace knotmap::ui
