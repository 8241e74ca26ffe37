using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class NumericDatesTests
{
    [Fact]
    public void MonthFirst_WhenASecondNumberIsAbove12_YearFromTheTerm()
    {
        List<ImportWarning> warnings = [];
        var dates = NumericDates.For("# Seminar (Fall 2022)\n| 1 | 9/13 |\n| 4 | 10/04 |", warnings);

        Assert.Equal(new DateOnly(2022, 9, 13), dates.Read("9/13"));
        Assert.Equal(new DateOnly(2022, 10, 4), dates.Read("10/04"));
        Assert.Empty(warnings);
    }

    [Fact]
    public void DayFirst_WhenAFirstNumberIsAbove12()
    {
        var dates = NumericDates.For("| 25/3/2024 | a |\n| 5/4/2024 | b |", []);

        Assert.Equal(new DateOnly(2024, 4, 5), dates.Read("5/4/2024"));
    }

    [Fact]
    public void Undecidable_ReadsMonthFirstWithOneWarning()
    {
        List<ImportWarning> warnings = [];
        var dates = NumericDates.For("Spring 2016: 1/5 and 2/6", warnings);

        Assert.Equal(new DateOnly(2016, 1, 5), dates.Read("1/5"));
        Assert.Equal(new DateOnly(2016, 2, 6), dates.Read("2/6"));
        Assert.Single(warnings, w => w.Message.Contains("month-first or day-first"));
    }

    [Fact]
    public void NoYearAnywhere_LeavesTheDateEmptyWithAWarning()
    {
        List<ImportWarning> warnings = [];

        Assert.Null(NumericDates.For("| 9/13 | Intro |", warnings).Read("9/13"));
        Assert.Single(warnings, w => w.Message.Contains("no year"));
    }

    [Fact]
    public void MonthNamesWithoutAYear_TakeTheDocumentsYear()
    {
        var dates = NumericDates.For("# Seminar (Fall 2024)\n| Sep 5 | Intro |\n| 12 Sep | Graphs |", []);

        Assert.Equal(new DateOnly(2024, 9, 5), dates.Read("Sep 5"));
        Assert.Equal(new DateOnly(2024, 9, 12), dates.Read("12 Sep"));
        Assert.Equal(new DateOnly(2024, 10, 1), dates.Read("Tue, Oct 1"));
    }

    [Fact]
    public void SyllabusTable_WithMonthNameDates_IsDated()
    {
        const string md = "# Seminar (Fall 2024)\n\n## Schedule\n\n| Date | Topic |\n|---|---|\n| Sep 5 | Intro |\n| Sep 12 | Graphs |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal([new DateTime(2024, 9, 5), new DateTime(2024, 9, 12)], items.Select(i => i.Due!.Value));
    }

    [Fact]
    public void DotsAndDashesWithAYear_AreDatesAndWithoutOneAreNot()
    {
        var dates = NumericDates.For("| 18.08.2025 | a |\n| 16-01-25 | b |\n| Exercise 1.1 |", []);

        Assert.Equal(new DateOnly(2025, 8, 18), dates.Read("18.08.2025"));
        Assert.Equal(new DateOnly(2025, 1, 16), dates.Read("16-01-25"));
        Assert.Null(dates.Read("1.1"));
        Assert.Null(dates.Read("3-4"));
    }

    [Fact]
    public void DateColumnOfDayFirstDashedDates_DatesEveryRow()
    {
        const string md = "# Log\n\n## Tracker\n\n| S.No | Date | Topic |\n|---|---|---|\n| 1 | 08-01-2025 | JS basics |\n| 2 | 16-01-25 | Closures |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal([new DateTime(2025, 1, 8), new DateTime(2025, 1, 16)], items.Select(i => i.Due!.Value));
    }

    [Fact]
    public void NoYearInTheDocument_TakesTheImportDatesYearWithOneWarning()
    {
        List<ImportWarning> warnings = [];
        var dates = NumericDates.For("| 2/3 | Intro |\n| Feb 10 | RSA |", warnings, new DateOnly(2026, 12, 4));

        Assert.Equal(new DateOnly(2026, 2, 3), dates.Read("Mon 2/3"));
        Assert.Equal(new DateOnly(2026, 2, 10), dates.Read("Feb 10"));
        Assert.Single(warnings, w => w.Message.Contains("read in 2026, the year of the import", StringComparison.Ordinal));
    }

    [Fact]
    public void YearInTheDocument_BeatsTheImportDate()
    {
        List<ImportWarning> warnings = [];

        Assert.Equal(new DateOnly(2016, 2, 3), NumericDates.For("Spring 2016\n| 2/3 | Intro |", warnings, new DateOnly(2026, 12, 4)).Read("2/3"));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("year of the import", StringComparison.Ordinal));
    }
}
