// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <functional>

class QIODevice;

namespace knotmap {

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
        if (m_buffer.size() >= m_blockSize)
            flush();
    }
    // Hands the buffer to the device; false (and failed() from then on) when the device refused it.
    bool flush();
    bool failed() const { return m_failed; }

private:
    QIODevice* m_device;
    qsizetype m_blockSize;
    QByteArray m_buffer;
    bool m_failed = false;
};

// Fills the sink; false when what it reads failed (the file is then not written).
using ExportFill = std::function<bool(ExportSink&)>;

// writePrivateFile (Exchange.h) for a file written piece by piece: the same guarantees — refuses the
// protected files and anything not a regular file, writes a temporary file in the same folder, readable by
// its owner only, flushed to disk and renamed over the target, nothing left behind on failure.
bool writePrivateFileStreamed(const QString& path, const ExportFill& fill, const QStringList& protectedFiles,
                              QString* error);

} // namespace knotmap
