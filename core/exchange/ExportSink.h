// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <functional>

class QIODevice;

namespace knotmap {

// Thrown out of an export by the sink when its progress callback says stop: it unwinds the reading loop
// at once, and writePrivateFileStreamed drops the temporary file.
struct ExportCancelled
{
};

// Told the rows written so far after each block; false stops the export (ExportCancelled).
using ExportProgress = std::function<bool(qint64 rowsDone)>;

// Bytes on their way to a file, gathered into blocks of about a megabyte: an export appends each row to
// buffer() and calls rowDone(), so memory stays flat however long the history is.
class ExportSink
{
public:
    explicit ExportSink(QIODevice* device, qsizetype blockSize = 1 << 20);
    ExportSink(const ExportSink&) = delete;
    ExportSink& operator=(const ExportSink&) = delete;

    QByteArray& buffer() { return m_buffer; }
    void rowDone()
    {
        ++m_rows;
        if (m_buffer.size() >= m_blockSize)
            flush();
    }
    // Hands the buffer to the device; false (and failed() from then on) when the device refused it. Then
    // asks the progress callback, if any, whether to go on, and throws ExportCancelled if not.
    bool flush();
    bool failed() const { return m_failed; }
    qint64 rows() const { return m_rows; }
    void setProgress(ExportProgress progress) { m_progress = std::move(progress); }

private:
    QIODevice* m_device;
    qsizetype m_blockSize;
    QByteArray m_buffer;
    bool m_failed = false;
    qint64 m_rows = 0;
    ExportProgress m_progress;
};

// Fills the sink; false when what it reads failed (the file is then not written).
using ExportFill = std::function<bool(ExportSink&)>;

// writePrivateFile (Exchange.h) for a file written piece by piece: the same guarantees — refuses the
// protected files and anything not a regular file, writes a temporary file in the same folder, readable by
// its owner only, flushed to disk and renamed over the target, nothing left behind on failure. A fill that
// the sink's progress callback stopped (ExportCancelled) leaves nothing either; the error then says so.
bool writePrivateFileStreamed(const QString& path, const ExportFill& fill, const QStringList& protectedFiles,
                              QString* error);

} // namespace knotmap
