// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace knotmap {

// Names shared by the window and the command line, so both find the same default database.
void applyApplicationIdentity();

} // namespace knotmap
