// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSink.h"

#include "i18n/TranslateIn.h"

#include "storage/FileSafety.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace knotmap {

ExportSink::ExportSink(QIODevice* device, qsizetype blockSize) : m_device(device), m_blockSize(blockSize)
{
    m_buffer.reserve(blockSize + (64 << 10)); // a row never grows it past the block by more than this
}

bool ExportSink::flush()
{
    // A failed device takes nothing more, but the buffer is still emptied: the rows keep coming until the
    // reading loop ends, and must not pile up in memory.
    if (!m_failed && !m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.resize(0); // keeps the capacity
    if (m_progress && !m_progress(m_rows))
        throw ExportCancelled{};
    return !m_failed;
}

bool writePrivateFileStreamed(const QString& path, const ExportFill& fill, const QStringList& protectedFiles,
                              QString* error)
{
    if (QString problem = checkDestination(path, protectedFiles); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // QSaveFile: a temporary file beside the target, fsync'd by commit() and then renamed over it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = translateIn("Importer", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // health data, before the first byte
    ExportSink sink(&file);
    bool read = false;
    bool flushed = false;
    try {
        read = fill(sink);
        flushed = read && sink.flush();
    } catch (const ExportCancelled&) {
        file.cancelWriting();
        *error = translateIn("Importer", "the export of %1 was cancelled; no file was written").arg(path);
        return false;
    }
    if (!read) {
        file.cancelWriting();
        *error = translateIn("Importer", "cannot write %1: the database could not be read").arg(path);
        return false;
    }
    if (!flushed || !file.commit()) {
        *error = translateIn("Importer", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace knotmap
