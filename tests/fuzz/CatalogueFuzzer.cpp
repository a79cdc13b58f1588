// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the routine catalogue, checked against the shipped atlas. A catalogue that
// loads must keep the loader's promise: every reference resolves, every markable muscle has steps.
#include "FuzzSupport.h"

#include "routines/Catalogue.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotmap;
    const BodyAtlas& atlas = fuzz::standardAtlas();
    QString error;
    const auto catalogue = RoutineCatalogue::fromJson(fuzz::bytesOf(data, size), atlas, &error);
    fuzz::require(catalogue.has_value() == error.isEmpty(), "a catalogue, or the reason it is refused");
    if (!catalogue)
        return 0;
    for (const AtlasRegion& region : atlas.regions()) {
        const QList<MuscleStep> steps = catalogue->stepsFor(region.muscle);
        fuzz::require(!steps.isEmpty(), "every muscle in the atlas has steps");
        for (const MuscleStep& step : steps)
            fuzz::require(catalogue->technique(step.technique) != nullptr, "every step's technique exists");
    }
    for (const Technique& technique : catalogue->techniques()) {
        fuzz::require(technique.holdSeconds.contains(technique.holdSeconds.preferred) &&
                          technique.repeats.contains(technique.repeats.preferred),
                      "every default dose lies in its range");
    }
    return 0;
}
