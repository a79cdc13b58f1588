<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n spot(s)</source>
        <translation>
            <numerusform>%n spot</numerusform>
            <numerusform>%n spots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new spot(s)</source>
        <translation>
            <numerusform>%n new spot</numerusform>
            <numerusform>%n new spots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine step(s)</source>
        <translation>
            <numerusform>%n routine step</numerusform>
            <numerusform>%n routine steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message numerus="yes">
        <source>Exported %Ln rating(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln rating to %1.</numerusform>
            <numerusform>Exported %Ln ratings to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation>
            <numerusform>%Ln spot</numerusform>
            <numerusform>%Ln spots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routine step(s)</source>
        <translation>
            <numerusform>%Ln routine step</numerusform>
            <numerusform>%Ln routine steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message numerus="yes">
        <source>rated %1 on %n of the last 7 days</source>
        <translation>
            <numerusform>rated %1 on %n of the last 7 days</numerusform>
            <numerusform>rated %1 on %n of the last 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The area over the %1: rated on %n of the last 7 days, mean %2</source>
        <translation>
            <numerusform>The area over the %1: rated on %n of the last 7 days, mean %2</numerusform>
            <numerusform>The area over the %1: rated on %n of the last 7 days, mean %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation>
            <numerusform>%Ln spot</numerusform>
            <numerusform>%Ln spots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Mean pain %1 of 10, each rated day counted once (%Ln rating(s)).</source>
        <translation>
            <numerusform>Mean pain %1 of 10, each rated day counted once (%Ln rating).</numerusform>
            <numerusform>Mean pain %1 of 10, each rated day counted once (%Ln ratings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln earlier note(s)</source>
        <translation>
            <numerusform>and %Ln earlier note</numerusform>
            <numerusform>and %Ln earlier notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated on %1 of %n day(s); %2 of them pain-free (every rating 0).</source>
        <translation>
            <numerusform>Rated on %1 of %n day; %2 of them pain-free (every rating 0).</numerusform>
            <numerusform>Rated on %1 of %n days; %2 of them pain-free (every rating 0).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Self-release routines were done on %1 of %n day(s) with a plan (%2%).</source>
        <translation>
            <numerusform>Self-release routines were done on %1 of %n day with a plan (%2%).</numerusform>
            <numerusform>Self-release routines were done on %1 of %n days with a plan (%2%).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message numerus="yes">
        <source>%n knot(s) followed</source>
        <translation>
            <numerusform>%n knot followed</numerusform>
            <numerusform>%n knots followed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::BackupActions</name>
    <message numerus="yes">
        <source>%Ln spot(s)</source>
        <translation>
            <numerusform>%Ln spot</numerusform>
            <numerusform>%Ln spots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s) added since then, by the import or after it, will be gone. What is there now is backed up first.</source>
        <translation>
            <numerusform>%Ln rating added since then, by the import or after it, will be gone. What is there now is backed up first.</numerusform>
            <numerusform>%Ln ratings added since then, by the import or after it, will be gone. What is there now is backed up first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::GuidedPlayer</name>
    <message numerus="yes">
        <source>Done for today: %1 of %n step(s)</source>
        <translation>
            <numerusform>Done for today: %1 of %n step</numerusform>
            <numerusform>Done for today: %1 of %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n spot(s)</source>
        <translation>
            <numerusform>%n spot</numerusform>
            <numerusform>%n spots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ReportView</name>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) of the report.</source>
        <translation>
            <numerusform>Printed %n page of the report.</numerusform>
            <numerusform>Printed %n pages of the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::RoutineView</name>
    <message numerus="yes">
        <source>Today: %n step(s), about %1 of your %2 minutes</source>
        <translation>
            <numerusform>Today: %n step, about %1 of your %2 minutes</numerusform>
            <numerusform>Today: %n steps, about %1 of your %2 minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SpotHistoryDialog</name>
    <message numerus="yes">
        <source>%1 · %2 · %n rating(s), newest first</source>
        <translation>
            <numerusform>%1 · %2 · %n rating, newest first</numerusform>
            <numerusform>%1 · %2 · %n ratings, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::TrendChartWidget</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::TrendsView</name>
    <message numerus="yes">
        <source>%n chosen regions and spots</source>
        <translation>
            <numerusform>%n chosen region or spot</numerusform>
            <numerusform>%n chosen regions and spots</numerusform>
        </translation>
    </message>
</context>
</TS>
