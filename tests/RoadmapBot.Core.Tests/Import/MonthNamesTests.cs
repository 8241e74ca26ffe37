using System.Globalization;
using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>Dates written with the month's name in the plan languages, and the weekdays that only look like months.</summary>
public sealed class MonthNamesTests
{
    [Theory]
    [InlineData("Entrega: 5 de septiembre de 2024", "2024-09-05")]
    [InlineData("Prova em 12 de março de 2025", "2025-03-12")]
    [InlineData("Rendu le 3 février 2025", "2025-02-03")]
    [InlineData("Abgabe am 5. März 2024", "2024-03-05")]
    [InlineData("Consegna 11 agosto 2025", "2025-08-11")]
    [InlineData("Esame: 20 dic 2025", "2025-12-20")]
    [InlineData("Due Sept. 5, 2025", "2025-09-05")]
    [InlineData("Due 1 June 2026", "2026-06-01")]
    public void FullDates_InEveryPlanLanguage_AreRead(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), TextPatterns.FindDate(text));

    [Theory]
    [InlineData("martes 11 2025")]
    [InlineData("mardi 11 2025")]
    [InlineData("Martedì 11 2025")]
    [InlineData("Marketing 11, 2025")]
    public void WeekdaysAndWordsThatStartLikeAMonth_AreNoDates(string text) => Assert.Null(TextPatterns.FindDate(text));

    [Fact]
    public void AWordThatIsNoMonth_HidesNoDateAfterIt() =>
        Assert.Equal(new DateOnly(2025, 9, 5), TextPatterns.FindDate("Top 10 things 2024, then Sep 5, 2025"));

    [Fact]
    public void SeasonsWithYears_KeepTheirYearsAsASpan() =>
        Assert.Equal((new DateOnly(2025, 1, 1), (DateOnly?)new DateOnly(2026, 12, 31)), DateSpans.MonthSpan("Capstone (Spring 2025 – Fall 2026)"));

    [Fact]
    public void DayRangeInItalian_IsThePhasesSpan() =>
        Assert.Equal((new DateOnly(2025, 8, 11), new DateOnly(2025, 8, 17)), DateSpans.DayRange("Settimana 2: 11-17 agosto 2025"));

    [Fact]
    public void MonthNamesWithoutAYear_InOtherLanguages_TakeTheDocumentsYear()
    {
        var dates = NumericDates.For("# Corso (primavera 2025)", []);

        Assert.Equal(new DateOnly(2025, 3, 11), dates.Read("11 marzo"));
        Assert.Equal(new DateOnly(2025, 10, 2), dates.Read("2 de outubro"));
        Assert.Null(dates.Read("Martedì 11"));
    }
}
