// SPDX-License-Identifier: GPL-3.0-or-later
// A fixture for the include-direction test, never compiled: storage reaching up into routines must fail it.
#include "domain/Rating.h"
#include "routines/Planner.h"
