#pragma once

namespace knotmap {

// Names shared by the window and the command line, so both find the same default database.
void applyApplicationIdentity();

} // namespace knotmap
