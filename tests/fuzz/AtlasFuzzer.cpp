// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a body atlas; an atlas that loads is then hit-tested, since its shapes
// come from the file.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace knotmap;
    QString error;
    const auto atlas = BodyAtlas::fromJson(fuzz::bytesOf(data, size), &error);
    fuzz::require(atlas.has_value() == error.isEmpty(), "an atlas, or the reason it is refused");
    if (!atlas)
        return 0;
    // A back view has muscle regions; a front view may have pain areas alone (issue 12).
    fuzz::require(!atlas->regions().isEmpty() || (atlas->isFrontView() && !atlas->areas().isEmpty()),
                  "a loaded atlas has regions, or is a front view with areas");
    for (const AtlasRegion& area : atlas->areas()) {
        const AtlasRegion* found = atlas->area(area.id);
        fuzz::require(found != nullptr, "every area is found by its id");
        atlas->areaAt(area.labelPoint);
    }
    for (const AtlasRegion& region : atlas->regions()) {
        fuzz::require(atlas->region(region.id) != nullptr, "every region is found by its id");
        atlas->hitTest(region.labelPoint);
        atlas->isNear(region.labelPoint, region.id);
        // Former ids come from files, so any text: well-formed, another side, or not an id at all.
        atlas->handedOver(region.muscle + QStringLiteral("-left"), region.id);
        atlas->handedOver(QStringLiteral("left"), region.id);
    }
    for (int i = 0; i <= 8; ++i) {
        for (int j = 0; j <= 8; ++j) {
            const QPointF point(i / 8.0, j / 8.0);
            if (const AtlasRegion* hit = atlas->hitTest(point))
                fuzz::require(atlas->contains(point), "a hit lies inside the silhouette");
            atlas->areaAt(point);
        }
    }
    return 0;
}
