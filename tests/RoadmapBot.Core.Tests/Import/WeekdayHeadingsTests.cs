using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class WeekdayHeadingsTests
{
    private static Dictionary<string, DayOfWeek?> Weekdays(string markdown) =>
        RoadmapImporter.Import(markdown).Roadmap.AllItems().ToDictionary(i => i.Title, i => i.Weekday);

    [Fact]
    public void DayHeadingsInsideAWeek_GiveTheirItemsThatDay_UntilAHeadingAtTheirLevel()
    {
        var days = Weekdays("""
            # Plan

            ## Week 1: Python

            ### Monday
            - [ ] Install Python

            #### Evening
            - [ ] Read chapter 1

            ### Wed: loops
            - [ ] Loops

            ### Review
            - [ ] Weekly review
            """);

        Assert.Equal(DayOfWeek.Monday, days["Install Python"]);
        Assert.Equal(DayOfWeek.Monday, days["Read chapter 1"]);
        Assert.Equal(DayOfWeek.Wednesday, days["Loops"]);
        Assert.Null(days["Weekly review"]);
    }

    [Fact]
    public void HeadingsNamingSeveralDaysOrAMonth_AreNoDayHeadings()
    {
        var days = Weekdays("""
            # Plan

            ## Week 1

            ### Monday–Wednesday
            - [ ] Warm-up

            ### Month 2 preview
            - [ ] Skim ahead
            """);

        Assert.Null(days["Warm-up"]);
        Assert.Null(days["Skim ahead"]);
    }

    [Theory]
    [InlineData("Lunes", DayOfWeek.Monday)]
    [InlineData("Segunda-feira: revisão", DayOfWeek.Monday)]
    [InlineData("Mittwoch", DayOfWeek.Wednesday)]
    [InlineData("Vendredi — projet", DayOfWeek.Friday)]
    [InlineData("Giovedì", DayOfWeek.Thursday)]
    [InlineData("Суббота", DayOfWeek.Saturday)]
    [InlineData("Tue: loops", DayOfWeek.Tuesday)]
    [InlineData("Sun", DayOfWeek.Sunday)]
    [InlineData("SAT prep", null)]
    [InlineData("Sun and moon", null)]
    [InlineData("Lunes y martes", null)]
    [InlineData("Mon–Fri", null)]
    [InlineData("Segunda parte", null)]
    public void DayNamesInThePlanLanguages_ShortFormsOnlyAloneOrBeforeAColon(string heading, DayOfWeek? day) =>
        Assert.Equal(day, Weekdays($"# Plan\n\n## Week 1\n\n### {heading}\n- [ ] The task")["The task"]);

    [Fact]
    public void ADayHeadingOutsideAnyWeek_GivesNoDay() =>
        Assert.Null(Weekdays("""
            # Plan

            ## Monday
            - [ ] Something
            """)["Something"]);
}
