using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class HabitCalendarTests
{
    public static readonly StreakRules NoRules = new(new HashSet<DateOnly>(), 0);
    private static readonly DateOnly Wednesday = new(2026, 4, 15);

    private static StoredHabit Habit(string key, double? target) => new() { Key = key, Title = key, Metric = key, Target = target };

    private static MetricLog Log(string metric, DateOnly day, double amount) => new() { Metric = metric, LocalDate = day, Amount = amount };

    private static DailyTotals Totals(params MetricLog[] logs) => new(logs, [], logs.Select(l => l.LocalDate).ToHashSet(), DateOnly.MinValue);

    private static HabitCalendar From(DailyTotals totals, StoredHabit[] habits, StreakRules? rules = null) =>
        HabitCalendar.From(totals, habits, totals.Streaks(Wednesday, rules ?? NoRules), Wednesday);

    [Fact]
    public void From_SpansTwentySixWeeksFromMondayToToday()
    {
        var calendar = From(Totals(), []);

        Assert.Equal(new DateOnly(2025, 10, 20), calendar.First);
        Assert.Equal(DayOfWeek.Monday, calendar.First.DayOfWeek);
        Assert.Equal((calendar.First, Wednesday), (calendar.Met.Keys.Min(), calendar.Met.Keys.Max()));
        Assert.Equal(25 * 7 + 3, calendar.Met.Count);
    }

    [Fact]
    public void From_DayWithSomeHabitsMet_IsTheShareMet()
    {
        var habits = new[] { Habit("sql", 4), Habit("read", 30) };

        var calendar = From(Totals(Log("sql", Wednesday, 4), Log("read", Wednesday, 10), Log("read", Wednesday.AddDays(-1), 30), Log("sql", Wednesday.AddDays(-1), 5)), habits);

        Assert.Equal((0.5, 1.0, 0.0), (calendar.Met[Wednesday], calendar.Met[Wednesday.AddDays(-1)], calendar.Met[Wednesday.AddDays(-2)]));
        Assert.Equal(1, calendar.DaysWithAll);
    }

    [Fact]
    public void From_RunsOfFiveThenTwo_BestIsFiveAndCurrentTwo()
    {
        var days = new[] { -10, -9, -8, -7, -6, -2, -1 }.Select(d => Log("sql", Wednesday.AddDays(d), 1)).ToArray();

        var calendar = From(Totals(days), []);

        Assert.Equal((2, 5), (calendar.CurrentStreak, calendar.BestStreak));
        Assert.Equal(1.0, calendar.Met[Wednesday.AddDays(-6)]);
    }

    [Fact]
    public void From_RestDayAndAFreeze_AreMarkedAndBridgeTheStreak()
    {
        var days = new[] { -5, -4, -2 }.Select(d => Log("sql", Wednesday.AddDays(d), 1)).ToArray();
        var rules = new StreakRules(new HashSet<DateOnly> { Wednesday.AddDays(-3) }, 1);

        var calendar = From(Totals([.. days, Log("sql", Wednesday, 1)]), [], rules);

        // -5, -4 met; -3 rest; -2 met; -1 missed, covered by the month's freeze; today met.
        Assert.Equal([Wednesday.AddDays(-3)], calendar.RestDays);
        Assert.Equal([Wednesday.AddDays(-1)], calendar.FrozenDays);
        Assert.Equal(4, calendar.CurrentStreak);
    }

    [Fact]
    public async Task Streak_ForAMemberAheadOfUtc_EndsTheCalendarOnTheirToday()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/timezone Pacific/Auckland");
        // Joined before the calendar's window, so the reply names the window's first day rather than the day they joined.
        await using (var db = bot.Db())
            await db.Members.ExecuteUpdateAsync(m => m.SetProperty(x => x.JoinedAt, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)), TestContext.Current.CancellationToken);
        // Sun 18 Jan 12:00 UTC is already Mon 19 Jan in Auckland: a new week, so a new last column.
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 18, 12, 0, 0, TimeSpan.Zero));

        var text = await bot.SendAsync("/streak");

        Assert.Contains("since Mon 28 Jul 2025", text);
    }
}
