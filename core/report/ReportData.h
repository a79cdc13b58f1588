// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Trends.h"
#include "domain/Spot.h"
#include "routines/RedFlags.h"
#include "routines/WhatHelps.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace knotmap {

class KnotStore;

enum class ReportSection { Summary, BodyMap, Trends, SpotTable, Routines, RedFlags, Notes, Disclaimer };
QList<ReportSection> allReportSections();
QString reportSectionKey(
    ReportSection section); // "summary", "map", "trends", "spots", "routines", "flags", "notes", "disclaimer"
std::optional<ReportSection> reportSectionFromKey(const QString& key);
QString reportSectionTitle(ReportSection section);

enum class PageSize { A4, Letter };

struct ReportOptions
{
    QDate from, to; // inclusive
    QSet<ReportSection> sections;
    PageSize page = PageSize::A4;
    QString personName;
    Qt::DayOfWeek weekStart = Qt::Monday;
    QList<Symptom> symptoms; // ticked in the routine checklist, for the red-flag section
};

struct SpotSummary
{
    Spot spot;
    QString regionName;
    QDate firstRated, lastRated;
    int ratings = 0;
    double mean = 0;
    int worst = 0;
    int latest = 0;
    Verdict verdict; // the spot's first two weeks of ratings in the period against its last two
    // Felt pain (issue 12): the view it is drawn on ("back" or "front"; a knot is always on the back), and
    // the spots the person linked it with, named as the table names spots ("left upper trapezius · 2"): for
    // felt pain the knots that may explain it, for a knot the felt pain it may explain.
    QString view = QStringLiteral("back");
    QStringList linkedNames;

    bool felt() const { return spot.kind == SpotKind::Felt; }
};

struct NoteLine
{
    RecordedTime at;
    QString regionName;
    int intensity = 0;
    QString note;
};

// Everything the report shows, computed once from the store.
struct ReportData
{
    ReportOptions options;
    QDate madeOn;
    TrendResult overall;         // weekly, all regions
    QList<TrendResult> topSpots; // weekly, the three spots that hurt most
    QList<std::optional<QList<RatingPoint>>> topSpotDots;
    std::optional<QList<RatingPoint>> overallDots;
    QList<SpotSummary> spots; // most burdensome first
    int daysInPeriod = 0;
    int daysRated = 0;
    int daysAtZero = 0; // days whose every rating was 0
    double meanPain = 0;
    std::optional<BucketStats> worstWeek, leastWeek;
    int daysPlanned = 0; // days with a spot rated in the 7 days up to them
    int daysWithRoutines = 0;
    QList<HelpStats> helps;
    QList<ProfessionalNotice> notices; // at the end of the period
    QList<ShownFlag> flagsShown;       // the warning signs the Routine tab showed during the period
    // The period's most recent notes, at most kReportNoteLimit of them, in date order, and how many earlier
    // ones the period holds besides: the report prints two pages of notes, never years of them.
    QList<NoteLine> notes;
    qint64 earlierNotes = 0;
};

// More notes than two pages can ever hold (a note takes at least two lines), so the notes section prints the
// same whether the period holds a thousand notes or these.
constexpr int kReportNoteLimit = 400;

// The worst and least painful weeks are named only among weeks that lie wholly inside the period (a week
// cut by its start or end holds a few days at most) and were rated on at least this many days.
constexpr int kMinimumRatedDaysInWeek = 4;
struct WeekPick
{
    std::optional<BucketStats> worst, least;
};
WeekPick worstAndLeastWeeks(const QList<BucketStats>& weeks, QDate from, QDate to);

ReportData collectReportData(const KnotStore& store, const ReportOptions& options);

} // namespace knotmap
