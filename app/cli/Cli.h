// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace knotmap::cli {

// Exit codes: 0 success, 1 bad data (nothing written), 2 usage error.
enum ExitCode { Success = 0, BadData = 1, UsageError = 2 };

// Runs `knotmap-cli` with its arguments (without the program name).
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace knotmap::cli
