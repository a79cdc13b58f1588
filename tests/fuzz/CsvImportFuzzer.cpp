// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a ratings CSV (the RFC 4180 reader, then every row's checks).
#include "FuzzSupport.h"

#include "exchange/CsvImport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return knotmap::fuzz::runImporter(data, size, "fuzz.csv", knotmap::parseRatingsCsv);
}
