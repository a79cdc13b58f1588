// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFlow.h"
#include "ReportData.h"

#include <QImage>

#include <functional>

namespace knotmap {

class BodyAtlas;
class RoutineCatalogue;

// Called after each section; returning false cancels the export.
using ReportProgress = std::function<bool(int done, int total)>;

// The therapist report as a PDF (A4 or Letter), every page with the period and "page n of N". The file is
// written whole or not at all (a cancel or a failure leaves nothing), readable by its owner only. The
// protected files (KnotStore::ownFiles()), folders and devices are refused, as for every export.
bool writeReportPdf(const ReportData& data, const BodyAtlas& atlas, const RoutineCatalogue& catalogue,
                    const QString& path, const QStringList& protectedFiles, QString* error,
                    const ReportProgress& progress = {});

// The report's pages laid out once, to be written as a PDF or drawn as images page by page; nullopt when
// progress asked to stop. The pages draw from `data` and `atlas`, which must outlive them.
std::optional<ReportPages> layOutReport(const ReportData& data, const BodyAtlas& atlas,
                                        const RoutineCatalogue& catalogue,
                                        const ReportProgress& progress = {});

// The resolution of the Report view's preview pages.
constexpr qreal kReportPreviewDpi = 56;

// The same pages as images, every one of them (tests; the preview draws only the pages in view).
QList<QImage> renderReportPages(const ReportData& data, const BodyAtlas& atlas,
                                const RoutineCatalogue& catalogue, qreal dpi);

} // namespace knotmap
