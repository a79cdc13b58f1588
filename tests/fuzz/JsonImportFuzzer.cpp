// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a KnotMap JSON backup (Qt's parser, the type checks, JsonLocator's lines).
#include "FuzzSupport.h"

#include "exchange/Exchange.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return knotmap::fuzz::runImporter(data, size, "fuzz.json", knotmap::parseKnotMapJson);
}
