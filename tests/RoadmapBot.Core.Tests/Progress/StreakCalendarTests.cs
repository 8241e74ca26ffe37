using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Tests.Progress;

public sealed class StreakCalendarTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);

    private static StreakCalendar Compute(int[] metDays, int today, int freezes = 2, int[]? rest = null) =>
        StreakCalendar.Compute(d => metDays.Contains(d.DayNumber - Jan1.DayNumber + 1),
            new StreakRules((rest ?? []).Select(r => Jan1.AddDays(r - 1)).ToHashSet(), freezes), Jan1.AddDays(metDays.Min() - 1), Jan1.AddDays(today - 1));

    private static DayState On(StreakCalendar calendar, int day) => calendar.StateOn(Jan1.AddDays(day - 1));

    [Fact]
    public void RestDay_NeitherBreaksNorExtendsTheStreak()
    {
        var calendar = Compute([1, 2, 4], today: 4, freezes: 0, rest: [3]);

        Assert.Equal(DayState.Rest, On(calendar, 3));
        Assert.Equal(3, calendar.Current);
    }

    [Fact]
    public void RestDay_WhenSomethingIsDoneAnyway_CountsAsMet()
    {
        var calendar = Compute([1, 2], today: 2, freezes: 0, rest: [2]);

        Assert.Equal(DayState.Met, On(calendar, 2));
        Assert.Equal(2, calendar.Current);
    }

    [Fact]
    public void MissedDays_UseFreezesUntilTheyRunOut_ThenTheStreakBreaks()
    {
        var calendar = Compute([1, 2, 3, 7], today: 7, freezes: 2);

        Assert.Equal([DayState.Frozen, DayState.Frozen, DayState.Missed], [On(calendar, 4), On(calendar, 5), On(calendar, 6)]);
        Assert.Equal(1, calendar.Current);
        Assert.Equal(3, calendar.Best);
        Assert.Equal(0, calendar.FreezesLeft);
        Assert.Equal([Jan1.AddDays(3), Jan1.AddDays(4)], calendar.FrozenInMonthOf(Jan1.AddDays(6)));
    }

    [Fact]
    public void Freeze_KeepsTheStreakAliveAcrossAMissedDay()
    {
        var calendar = Compute([1, 2, 4, 5], today: 5, freezes: 2);

        Assert.Equal(DayState.Frozen, On(calendar, 3));
        Assert.Equal(4, calendar.Current);
        Assert.Equal(1, calendar.FreezesLeft);
    }

    [Fact]
    public void FreezeAllowance_StartsAfreshEachMonth()
    {
        // One freeze a month: 30 Jan takes January's, 1 Feb takes February's; a second miss in February breaks the streak.
        var calendar = Compute([28, 29, 31, 33, 35], today: 35, freezes: 1);

        Assert.Equal(DayState.Frozen, On(calendar, 30));
        Assert.Equal(DayState.Frozen, On(calendar, 32));
        Assert.Equal(DayState.Missed, On(calendar, 34));
        Assert.Equal(1, calendar.Current);
        Assert.Equal(4, calendar.Best);
        Assert.Equal(0, calendar.FreezesLeft);
        Assert.Equal([new DateOnly(2026, 2, 1)], calendar.FrozenInMonthOf(new DateOnly(2026, 2, 4)));
    }

    [Fact]
    public void MissedDay_WithNoStreakRunning_KeepsTheFreeze()
    {
        var calendar = Compute([1, 5], today: 5, freezes: 1);

        Assert.Equal([DayState.Frozen, DayState.Missed, DayState.Missed], [On(calendar, 2), On(calendar, 3), On(calendar, 4)]);
        Assert.Equal(0, calendar.FreezesLeft);
        Assert.Equal(1, calendar.Current);
    }

    [Fact]
    public void Today_BeforeAnythingIsDone_IsOpenAndKeepsYesterdaysStreak()
    {
        var calendar = Compute([1, 2, 3], today: 4, freezes: 2);

        Assert.Equal(DayState.Open, On(calendar, 4));
        Assert.Equal(3, calendar.Current);
        Assert.Equal(2, calendar.FreezesLeft);
    }

    [Fact]
    public void Days_RunFromTheFirstActivityToToday_AndEarlierDaysReadAsMissed()
    {
        var calendar = Compute([3, 4], today: 6);

        Assert.Equal(Jan1.AddDays(2), calendar.Days[0].Date);
        Assert.Equal(Jan1.AddDays(5), calendar.Days[^1].Date);
        Assert.Equal(DayState.Missed, On(calendar, 1));
    }
}
