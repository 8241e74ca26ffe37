using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Commands;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Progress;

public sealed class HabitDaysTests
{
    private static readonly StoredHabit Sql = new() { Key = "sql", Title = "Solve 4 SQL problems", Metric = "sql", Target = 4 };

    [Fact]
    public async Task Week_MemberJoinedMidWeek_CountsDaysFromTheJoinDay()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 19, 8, 0, 0, TimeSpan.Zero));
        await MessageBench.ImportSeedAsync(bot, "000", "club", group: true);
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 20, 10, 0, 0, TimeSpan.Zero));
        await bot.SendAsync("/today", "cat", "club", group: true);
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 21, 9, 0, 0, TimeSpan.Zero));

        var week = await bot.SendAsync("/week", "cat", "club", group: true);

        Assert.Contains("sql: 0 problems, target met 0/2 days", week);
        Assert.Contains("update: done 0/2 days", week);
    }

    [Fact]
    public async Task Week_OnTheFirstDay_CountsOneDayNotTheWholeWeek()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 18, 9, 0, 0, TimeSpan.Zero));   // a Sunday
        await MessageBench.ImportSeedAsync(bot, "000");

        Assert.Contains("sql: 0 problems, target met 0/1 days", await bot.SendAsync("/week"));
    }

    [Fact]
    public async Task Week_RestDayToday_IsLeftOutOfTheTotal()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");
        await bot.JoinedLongAgoAsync();
        await bot.SendAsync("/log sql 4 2026-01-14");
        await bot.SendAsync("/rest today");

        // Thu 15 Jan: Mon to Wed count, today is a rest day.
        Assert.Contains("sql: 4 problems, target met 1/3 days", await bot.SendAsync("/week"));
    }

    [Fact]
    public async Task Week_OnlyRestDaysSoFar_SaysSoInsteadOfZeroOfZero()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000");
        await bot.SendAsync("/rest today");

        var week = await bot.SendAsync("/week");

        Assert.Contains("sql: 0 problems, rest days only so far", week);
        Assert.DoesNotContain("0/0", week);
    }

    [Fact]
    public void Of_RestDayMetAnyway_CountsAsMet_RestDayMissed_IsNotCounted()
    {
        var (monday, tuesday) = (new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 13));
        var logs = new List<MetricLog> { new() { Metric = "sql", Amount = 4, LocalDate = monday } };
        var totals = new DailyTotals(logs, [], new HashSet<DateOnly> { monday }, monday);
        var days = new HabitDays(monday, new HashSet<DateOnly> { monday, tuesday });

        Assert.Equal((1, 2), days.Of(Sql, totals, monday, tuesday.AddDays(1)));
    }

    [Fact]
    public async Task Digest_CountsEachMembersHabitDaysFromTheirJoinDay()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000", "club", group: true);
        await bot.SendAsync("/today", "cat", "club", group: true);   // joins Thu 15 Jan: four days of the week, five habits

        var digest = await MessageBench.TextAsync(bot, ReminderKind.Digest, "2026-01-19T09:00", user: null, space: "club");

        Assert.Contains("cat — 0 done this week · habits 0/20", digest);
    }
}
