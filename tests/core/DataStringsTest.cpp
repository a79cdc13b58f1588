// SPDX-License-Identifier: GPL-3.0-or-later
// The data files' human text reaches the translators: every name and instruction the loaders read is listed
// in core/i18n/DataStrings.cpp, in the context the loader translates it with. A text changed in a data file
// without running scripts/extract-data-strings.py fails here.
#include "i18n/DataStrings.h"
#include "atlas/BodyAtlas.h"
#include "atlas/Referral.h"
#include "routines/Catalogue.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace knotmap;

namespace {
QSet<QString> listed(const char* context)
{
    QSet<QString> texts;
    for (const DataString& entry : dataStrings())
        if (qstrcmp(entry.context, context) == 0)
            texts.insert(QString::fromUtf8(entry.source));
    return texts;
}

void expectListed(const QSet<QString>& texts, const QString& text)
{
    if (text.isEmpty())
        return;
    EXPECT_TRUE(texts.contains(text))
        << "not in DataStrings.cpp: " << text.toStdString() << "\nrun scripts/extract-data-strings.py";
}
} // namespace

TEST(DataStrings, EveryAtlasNameIsListed)
{
    const QSet<QString> texts = listed("Atlas");
    int checked = 0;
    for (const char* view : {"back", "front"}) {
        const auto atlas = BodyAtlas::loadView(QString::fromLatin1(view));
        ASSERT_TRUE(atlas);
        expectListed(texts, atlas->name());
        for (const AtlasRegion& region : atlas->regions()) {
            expectListed(texts, region.name);
            ++checked;
        }
    }
    EXPECT_GT(checked, 50);
}

TEST(DataStrings, EveryReferralAreaAndKnotSiteIsListed)
{
    const QSet<QString> texts = listed("Referral");
    const auto referral = ReferralAtlas::loadStandard();
    ASSERT_TRUE(referral);
    for (const PainArea& area : referral->areas())
        expectListed(texts, area.name);
    for (const MuscleReferral& muscle : referral->muscles())
        for (const KnotSite& site : muscle.knots)
            expectListed(texts, site.name);
    EXPECT_GT(referral->areas().size(), 40);
}

TEST(DataStrings, EveryRoutineNameAndInstructionIsListed)
{
    const QSet<QString> texts = listed("Catalogue");
    const auto atlas = BodyAtlas::loadStandard();
    ASSERT_TRUE(atlas);
    const auto catalogue = RoutineCatalogue::loadStandard(*atlas);
    ASSERT_TRUE(catalogue);
    for (const CatalogueSource& source : catalogue->sources())
        expectListed(texts, source.about);
    for (const Technique& technique : catalogue->techniques()) {
        expectListed(texts, technique.name);
        expectListed(texts, technique.how);
        expectListed(texts, technique.aftercare);
        for (const QString& caution : technique.cautions)
            expectListed(texts, caution);
    }
    for (const AtlasRegion& region : atlas->regions())
        for (const MuscleStep& step : catalogue->stepsFor(region.muscle))
            expectListed(texts, step.how);
}
