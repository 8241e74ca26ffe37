using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class LogCommandTests
{
    private static async Task<List<(string Metric, double Amount, DateOnly Day, string? Note)>> LogsAsync(TestBot bot)
    {
        await using var db = bot.Db();
        return (await db.MetricLogs.OrderBy(l => l.Id).ToListAsync(TestContext.Current.CancellationToken))
            .Select(l => (l.Metric, l.Amount, l.LocalDate, l.Note)).ToList();
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Log_ReachingHabitTarget_SaysTargetMet(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/log sql 4");

        Assert.Contains("sql +4 problems — 4/4 ✅ target met", reply);
        Assert.Equal([("sql", 4.0, new DateOnly(2026, 1, 15), (string?)null)], await LogsAsync(bot));
    }

    [Fact]
    public async Task Log_OfOne_NamesTheUnitInTheSingular_AndTheRoadmapItsTargets()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync("# Plan\n## Phase 1\n- [ ] **Task 1:** Read\n## Daily Non-Negotiables\n- [ ] 4 SQL problems\n- [ ] 1 commit\n");

        Assert.Contains("sql +1 problem — 1/4 (3 to go)", await bot.SendAsync("/log sql 1"));
        Assert.Contains("Daily: sql 4 problems, commits 1 commit", await bot.SendAsync("/roadmap"));
        Assert.Contains("commits +1 commit — 1/1 ✅ target met", await bot.SendAsync("/log commits 1"));
    }

    [Theory]
    [InlineData("/log sql 4 monday", 2026, 1, 12)]
    [InlineData("/log sql 4 thursday", 2026, 1, 15)]
    [InlineData("/log sql 4 last thursday", 2026, 1, 8)]
    [InlineData("/log sql 4 last monday", 2026, 1, 12)]
    [InlineData("/log friday sql 4", 2026, 1, 9)]
    public async Task Log_ForAWeekday_LandsOnTheLatestOneUpToToday(string command, int year, int month, int day)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.JoinedLongAgoAsync("me", "me");

        await bot.SendAsync(command);

        Assert.Equal([("sql", 4.0, new DateOnly(year, month, day), (string?)null)], await LogsAsync(bot));
    }

    [Fact]
    public async Task Log_ForTomorrow_IsRefusedAsNotYetHappened()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("That day hasn't happened yet; log today or a past day.", await bot.SendAsync("/log sql 4 tomorrow"));
        Assert.Empty(await LogsAsync(bot));
    }

    [Theory]
    [InlineData("/log sql 1 0001-01-01")]
    [InlineData("/log sql 1 2026-02-13")]
    public async Task Log_MoreThan30DaysBack_IsRefused(string command)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        bot.Time.Advance(TimeSpan.FromDays(60));

        Assert.Equal("You can log up to 30 days back.", await bot.SendAsync(command));
        Assert.StartsWith("Logged for", await bot.SendAsync("/log sql 1 2026-02-14"));
        Assert.Single(await LogsAsync(bot));
    }

    [Fact]
    public async Task Log_ForADayBeforeTheMemberJoined_IsRefused()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("You joined on Thu 15 Jan; log from that day on.", await bot.SendAsync("/log sql 1 yesterday"));
        Assert.Empty(await LogsAsync(bot));
    }

    [Fact]
    public async Task Log_MoreThanTenPairs_IsRefused()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/log " + string.Join(' ', Enumerable.Repeat("sql 1", 11)));

        Assert.Equal("At most 10 metrics per /log; send the rest in another.", reply);
        Assert.Empty(await LogsAsync(bot));
    }

    [Theory]
    [InlineData("/log SQL problems 2")]
    [InlineData("/log sql_problems 2")]
    [InlineData("/log Sql 2")]
    [InlineData("/log problems 2")]
    public async Task Log_ForgivingMetricNames_AllCountAsSql(string command)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync(command);

        Assert.Contains("sql +2 problems — 2/4 (2 to go)", reply);
        Assert.Equal("sql", Assert.Single(await LogsAsync(bot)).Metric);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Log_SeveralPairsWithNote_LogsEachAndKeepsNote(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/log sql 4 project 1h30 reading 45m tough joins today");

        var logs = await LogsAsync(bot);
        Assert.Equal([("sql", 4.0), ("project", 1.5), ("reading", 45.0)], logs.Select(l => (l.Metric, l.Amount)));
        Assert.All(logs, l => Assert.Equal("tough joins today", l.Note));
        Assert.Contains("project +1.5 hours — 1.5/2 (0.5 to go)", reply);
    }

    [Theory]
    [InlineData("2h", 2)]
    [InlineData("90m", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("45min", 0.75)]
    public async Task Log_TimeAmounts_ConvertToTheMetricsUnit(string amount, double hours)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        await bot.SendAsync($"/log hours {amount}");

        Assert.Equal(("project", hours), Assert.Single(await LogsAsync(bot)) is var l ? (l.Metric, l.Amount) : default);
    }

    [Theory]
    [InlineData("/log reading 30 min", "reading", 30.0, null)]
    [InlineData("/log reading 1 hour good article", "reading", 60.0, "good article")]
    [InlineData("/log project 90 minutes", "project", 1.5, null)]
    [InlineData("/log project 2 hrs refactoring", "project", 2.0, "refactoring")]
    [InlineData("/log sql 4 problems", "sql", 4.0, null)]
    [InlineData("/log sql 1 problem", "sql", 1.0, null)]
    [InlineData("/log sql 4 hard ones", "sql", 4.0, "hard ones")]
    public async Task Log_AUnitWrittenApartFromTheNumber_BelongsToTheAmountNotTheNote(string command, string metric, double amount, string? note)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        await bot.SendAsync(command);

        Assert.Equal((metric, amount, note), Assert.Single(await LogsAsync(bot)) is var l ? (l.Metric, l.Amount, l.Note) : default);
    }

    [Fact]
    public async Task Log_AUnitWordFollowedByANumber_IsTheNextMetricsName()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        await bot.SendAsync("/log reading 30 min sql 4");
        await bot.SendAsync("/log sql 2 reading 20");

        Assert.Equal([("reading", 30.0), ("sql", 4.0), ("sql", 2.0), ("reading", 20.0)], (await LogsAsync(bot)).Select(l => (l.Metric, l.Amount)));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Log_Yesterday_CountsForThePreviousLocalDay(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.JoinedLongAgoAsync();

        var reply = await bot.SendAsync("/log yesterday sql 3");
        var dated = await bot.SendAsync("/log sql 1 2026-01-10");

        Assert.StartsWith("Logged for Wed 14 Jan:", reply);
        Assert.StartsWith("Logged for Sat 10 Jan:", dated);
        Assert.Equal([new DateOnly(2026, 1, 14), new DateOnly(2026, 1, 10)], (await LogsAsync(bot)).Select(l => l.Day));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Log_InMemberTimeZoneAfterMidnight_CountsForTheLocalDay(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/timezone Asia/Tokyo");
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 15, 15, 30, 0, TimeSpan.Zero));

        var reply = await bot.SendAsync("/log sql 4");
        var today = await bot.SendAsync("/today");

        Assert.Equal(new DateOnly(2026, 1, 16), Assert.Single(await LogsAsync(bot)).Day);
        Assert.Contains("Today, Fri 16 Jan 2026", today);
        Assert.Contains("✅ Solve 4 SQL problems 4/4 problems", today);
        Assert.Contains("4/4 ✅", reply);
    }

    [Theory]
    [InlineData("/log", "Use /log METRIC AMOUNT [note]")]
    [InlineData("/log sql", "Use /log METRIC AMOUNT [note]")]
    [InlineData("/log sqll 4", "I don't know the metric “sqll”; did you mean sql?")]
    [InlineData("/log sql 2h", "sql is counted in problems, not time")]
    [InlineData("/log update 1", "update is a yes/no habit: tick it with /check update.")]
    [InlineData("/log sql 4 2026-13-45", "“2026-13-45” is not a date")]
    [InlineData("/log sql 4 2026-02-01", "That day hasn't happened yet")]
    public async Task Log_BadInput_RepliesWithOneFriendlyLine(string command, string expected)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync(command);

        Assert.StartsWith(expected, reply);
        Assert.DoesNotContain('\n', reply);
        Assert.Empty(await LogsAsync(bot));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Log_MetricNotInRoadmap_IsKeptAsItsOwnMetric(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/log applications 3");

        Assert.Contains("applications +3 (day total 3)", reply);
        Assert.Equal("applications", Assert.Single(await LogsAsync(bot)).Metric);
    }
}
