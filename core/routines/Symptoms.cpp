// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist's wording. Sources: NICE NG59 and the red-flag lists in docs/sources.md. Urgent items say
// what to do now and whom to call; the others say "soon" and what KnotMap leaves out until then. Nothing here
// names a disease: the words are "may" and "goes with".
#include "Symptoms.h"

#include "i18n/TranslateIn.h"

#include <QCoreApplication>

namespace knotmap {

namespace {

struct SymptomInfo
{
    Symptom symptom;
    const char* key;
    FlagLevel level;
    const char* checklist;
    const char* message;
};

// The emergency numbers are the ones most readers will know; 112 works across Europe and on most mobiles.
const SymptomInfo kSymptoms[] = {
    {Symptom::BladderBowel, "bladder-bowel", FlagLevel::Urgent,
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "New trouble passing or holding urine or stools, numbness around the back passage or genitals, or "
         "new "
         "problems with sexual function"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the "
         "UK, 911 in North America). With back pain, these signs may mean the nerves at the base of the "
         "spine "
         "are pressed, which needs a doctor within hours. Do not wait to see if it passes.")},
    {Symptom::BothLegs, "both-legs", FlagLevel::Urgent,
     QT_TRANSLATE_NOOP("Symptoms", "Numbness, tingling, weakness or pain running down both legs"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the "
         "UK, 911 in North America). Signs in both legs may come from the nerves in the spine, not a muscle. "
         "Do not wait to see if it passes.")},
    {Symptom::ProgressiveWeakness, "progressive-weakness", FlagLevel::Urgent,
     QT_TRANSLATE_NOOP("Symptoms", "Weakness that is getting worse, or a change in the way you walk"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Go to an emergency department now, or call your local emergency number (112 in Europe, 999 in the "
         "UK, 911 in North America). Weakness that grows may come from a nerve or the spine. Do not wait to "
         "see if it passes.")},
    {Symptom::NeckNeuro, "neck-neuro", FlagLevel::Urgent,
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "With neck pain: dizziness, double vision, trouble speaking or swallowing, sudden falls without "
         "fainting, or clumsy hands"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America). With "
         "neck "
         "pain these signs may involve a blood vessel or the spinal cord. Do not press on, stretch or twist "
         "your neck.")},
    {Symptom::SuddenSevereHeadache, "sudden-severe-headache", FlagLevel::Urgent,
     QT_TRANSLATE_NOOP("Symptoms", "A sudden, severe headache, the worst you have had"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America). A "
         "sudden, "
         "severe headache needs a doctor straight away.")},
    {Symptom::ChestPain, "chest-pain", FlagLevel::Urgent,
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Chest pain, or pain in the upper back, left shoulder, arm or jaw that comes on with effort or with "
         "breathlessness, sweating or feeling sick"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Call your local emergency number now (112 in Europe, 999 in the UK, 911 in North America) and do "
         "not "
         "drive yourself. This kind of pain may come from the heart or lungs.")},
    {Symptom::Fever, "fever", FlagLevel::Pause,
     QT_TRANSLATE_NOOP("Symptoms", "Fever, or feeling unwell with the pain"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Please see a doctor in the next day or two, sooner if you feel worse. Pain that goes with a fever "
         "or "
         "feeling unwell needs a doctor's look before any exercise, so KnotMap suggests none today.")},
    {Symptom::Weakness, "weakness", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms", "Weakness, numbness or pins and needles in one arm or one leg"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Have this checked by a doctor or physiotherapist in the next few days; it may come from a nerve "
         "rather than a muscle.")},
    {Symptom::WeightLoss, "weight-loss", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms", "Weight loss you cannot explain"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Pain that goes with weight loss you cannot explain should be seen by a doctor in the next few "
         "days.")},
    {Symptom::AfterInjury, "after-injury", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms", "The pain began with a fall or an injury"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Pain that began with a fall or an injury should be checked by a doctor or physiotherapist before "
         "you press on it.")},
    {Symptom::NightPain, "night-pain", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms",
                       "Pain that is worse at night or at rest, and that changing position does not ease"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Pain that is worse at night or at rest, and that no position eases, should be checked by a doctor "
         "in the next few days.")},
    {Symptom::CancerHistory, "cancer-history", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms", "You have had cancer"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "With a history of cancer, new or changing back or neck pain should be checked by your doctor in "
         "the "
         "next few days.")},
    {Symptom::NewPainOver50, "new-pain-over-50", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms", "This pain is new to you and began after the age of 50, or before 20"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "New back or neck pain that starts after 50, or before 20, is worth a doctor's look in the next few "
         "weeks.")},
    {Symptom::OsteoporosisSteroids, "osteoporosis-steroids", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms", "Osteoporosis (thin bones), or you have taken steroid tablets for months"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "With thin bones or long use of steroid tablets, firm pressure may injure weakened bones. See a "
         "doctor "
         "about the pain in the next few days.")},
    {Symptom::Immunity, "immunity", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms",
                       "A weakened immune system (from an illness or medicines), or you inject drugs"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "With a weakened immune system, or after injecting drugs, back or neck pain should be checked by a "
         "doctor in the next few days.")},
    {Symptom::DailyActivities, "daily-activities", FlagLevel::SeeSoon,
     QT_TRANSLATE_NOOP("Symptoms",
                       "The pain makes everyday tasks hard, such as dressing, washing or working"),
     QT_TRANSLATE_NOOP(
         "Symptoms",
         "Pain that gets in the way of everyday life deserves a physiotherapist's or doctor's look in the "
         "next "
         "few weeks.")},
};

const SymptomInfo& infoFor(Symptom symptom)
{
    for (const SymptomInfo& info : kSymptoms) {
        if (info.symptom == symptom)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<Symptom> allSymptoms()
{
    QList<Symptom> all;
    for (const SymptomInfo& info : kSymptoms)
        all.append(info.symptom);
    return all;
}

QString symptomKey(Symptom symptom)
{
    return QLatin1String(infoFor(symptom).key);
}

std::optional<Symptom> symptomFromKey(const QString& key)
{
    for (const SymptomInfo& info : kSymptoms) {
        if (key == QLatin1String(info.key))
            return info.symptom;
    }
    return std::nullopt;
}

QString symptomText(Symptom symptom)
{
    return translateIn("Symptoms", infoFor(symptom).checklist);
}

QString symptomMessage(Symptom symptom)
{
    return translateIn("Symptoms", infoFor(symptom).message);
}

FlagLevel symptomLevel(Symptom symptom)
{
    return infoFor(symptom).level;
}

QString flagLevelTitle(FlagLevel level)
{
    switch (level) {
    case FlagLevel::Urgent:
        return translateIn("Symptoms", "Get medical help now");
    case FlagLevel::Pause:
        return translateIn("Symptoms", "No exercises today: see a doctor soon");
    case FlagLevel::SeeSoon:
        return translateIn("Symptoms", "Worth a professional's look soon");
    }
    return {};
}

} // namespace knotmap
