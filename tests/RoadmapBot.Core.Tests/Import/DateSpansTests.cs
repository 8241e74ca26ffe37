using System.Globalization;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class DateSpansTests
{
    [Fact]
    public void WeekHeadings_WithDaysButNoYear_TakeTheDocumentsYear_RunForward_AndKeepWeekNAsTheTitle()
    {
        const string md = "# Fall 2025 course\n## Week 1 (Dec 8 - Dec 14)\n- [ ] a\n## Week 2 (Dec 29 – Jan 4)\n- [ ] b\n## Week 3 (January 5-11)\n- [ ] c\n";

        var phases = RoadmapImporter.Import(md).Roadmap.Phases;

        Assert.Equal(["Week 1", "Week 2", "Week 3"], phases.Select(p => p.Title));
        Assert.Equal(
            [(new DateOnly(2025, 12, 8), new DateOnly(2025, 12, 14)), (new DateOnly(2025, 12, 29), new DateOnly(2026, 1, 4)), (new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 11))],
            phases.Select(p => (p.Start!.Value, p.End!.Value)));
    }

    [Fact]
    public void WeekHeadings_WithDaysButNoYear_InADocumentWithoutOne_TakeTheImportsYear_WithAWarning()
    {
        var result = RoadmapImporter.Import("# Plan\n## Week 1 (Mar 2 - Mar 8)\n- [ ] a\n", importDate: new DateOnly(2026, 2, 1));

        Assert.Equal(new DateOnly(2026, 3, 2), result.Roadmap.Phases[0].Start);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("'Mar 2 - Mar 8' names no year", StringComparison.Ordinal));
        Assert.Null(RoadmapImporter.Import("# Plan\n## Week 1 (Mar 2 - Mar 8)\n- [ ] a\n").Roadmap.Phases[0].Start);
    }

    [Theory]
    [InlineData("Week 1 · Sep 29–Oct 05, 2025", "2025-09-29", "2025-10-05")]
    [InlineData("Foundation Building (July 7-13, 2025)", "2025-07-07", "2025-07-13")]
    [InlineData("Mastery (July 28 - August 5, 2025)", "2025-07-28", "2025-08-05")]
    [InlineData("Basics (March 20 - April 19, 2025)", "2025-03-20", "2025-04-19")]
    [InlineData("Break (Dec 29 – Jan 4, 2026)", "2025-12-29", "2026-01-04")]
    [InlineData("Sprint 3: 29 Sep – 5 Oct 2025", "2025-09-29", "2025-10-05")]
    [InlineData("Week 1 (2020-05-25 to 2020-05-31)", "2020-05-25", "2020-05-31")]
    public void DayRange_ReadsTheDaysAsPeopleWriteThem(string text, string start, string end) =>
        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)), DateSpans.DayRange(text));

    [Theory]
    [InlineData("PHASE 1: Foundation Mastery (Dec 2025 – Feb 2026)")]
    [InlineData("Week 3: Sorting")]
    [InlineData("Due Oct 5, 2025")]
    [InlineData("Week 1 (2020-05-31 to 2020-05-25)")]
    public void DayRange_IsNullWithoutTwoDaysInOrder(string text) => Assert.Null(DateSpans.DayRange(text));

    [Fact]
    public void PhaseHeadingWithADayRange_IsThePhasesStartAndEnd()
    {
        const string md = "# Reading\n\n## Week 1 · Sep 29–Oct 05, 2025\n\n- [ ] Read chapter 1\n\n## Week 2 · Oct 06–Oct 12, 2025\n\n- [ ] Read chapter 2\n";

        var phases = RoadmapImporter.Import(md).Roadmap.Phases;

        Assert.Equal([new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 6)], phases.Select(p => p.Start!.Value));
        Assert.Equal([new DateOnly(2025, 10, 5), new DateOnly(2025, 10, 12)], phases.Select(p => p.End!.Value));
    }

    [Theory]
    [InlineData("Python Crash Course, 3rd Edition (2023)")]
    [InlineData("Exam domains (2025 revision)")]
    [InlineData("Überblick (Stand 13.09.2026)")]
    public void MonthSpan_OneBareYearIsNoSpan(string heading) => Assert.Null(DateSpans.MonthSpan(heading));

    [Theory]
    [InlineData("Growth (2025–2026)", "2025-01-01", "2026-12-31")]
    [InlineData("Mastery (Mar 2026)", "2026-03-01", "2026-03-31")]
    public void MonthSpan_TwoYearsOrAMonth(string heading, string start, string end) =>
        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), (DateOnly?)DateOnly.Parse(end, CultureInfo.InvariantCulture)), DateSpans.MonthSpan(heading));

    [Fact]
    public void DateLineUnderAPhaseHeading_IsThePhasesStartAndEnd()
    {
        const string md = "# Cloud exam\n\n## Week 1: Storage\n**March 3-9, 2025**\n\n- [ ] Create a bucket\n\n## Week 2: Compute\nLaunch day is March 12, 2025, then we review.\n\n- [ ] Launch an instance\n";

        var phases = RoadmapImporter.Import(md).Roadmap.Phases;

        Assert.Equal((new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 9)), (phases[0].Start!.Value, phases[0].End!.Value));
        Assert.Null(phases[1].Start);
    }
}
