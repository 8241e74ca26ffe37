using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/streak, /rest and /daystart: streaks with grace, through the real engine.</summary>
public sealed class StreakCommandTests
{
    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Streak_MissedDay_IsCoveredByAFreezeAndNamed(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.JoinedLongAgoAsync();
        foreach (var day in new[] { 10, 11, 13, 14, 15 })
            await bot.SendAsync($"/log sql 4 2026-01-{day}");

        var reply = await bot.SendAsync("/streak");

        Assert.Contains("🔥 5 days in a row", reply);
        Assert.Contains("❄️ Freezes left this month: 1 of 2 (used on Mon 12 Jan)", reply);
    }

    [Fact]
    public async Task Streak_OnARoadmapWithNoDailyHabits_SaysNothingOfHabitsMet()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "002");
        await bot.SendAsync("/log pages 5");

        var reply = await bot.SendAsync("/streak");

        Assert.Contains("🔥 1 day in a row", reply);
        Assert.DoesNotContain("habits met", reply);
    }

    [Fact]
    public async Task Streak_OfAMemberWhoJoinedToday_CountsHabitDaysSinceToday_NotSinceTheHeatmapsFirstWeek()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/log sql 4 project 2 reading 30");
        await bot.SendAsync("/check update");

        var joinedToday = await bot.SendAsync("/streak");
        await bot.JoinedLongAgoAsync();
        var joinedLongAgo = await bot.SendAsync("/streak");

        Assert.Contains("All habits met on 1 day since today.", joinedToday);
        Assert.Matches(@"All habits met on 1 day since \w{3} \d{1,2} \w{3} 2025\.", joinedLongAgo);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Streak_FreezesRunOut_BreaksAndKeepsTheBest(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.JoinedLongAgoAsync();
        foreach (var day in new[] { 5, 6, 7, 8, 12, 15 })
            await bot.SendAsync($"/log sql 4 2026-01-{day:00}");

        var reply = await bot.SendAsync("/streak");

        // 9 and 10 Jan are frozen, 11 Jan breaks the streak; 13 and 14 Jan find no freeze left.
        Assert.Contains("🔥 1 day in a row (best 4 days)", reply);
        Assert.Contains("Freezes left this month: 0 of 2 (used on Fri 9 Jan, Sat 10 Jan)", reply);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task BoardAndProgress_CountTheStreakAcrossAFrozenDay(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.JoinedLongAgoAsync("ann", "club", group: true);
        foreach (var day in new[] { 12, 13, 15 })
            await bot.SendAsync($"/log sql 4 2026-01-{day}", "ann", "club", group: true);

        Assert.Contains("ann — 0/6 (0%), 🔥 3", await bot.SendAsync("/board", "bob", "club", group: true));
        Assert.Contains("Streak: 3 days", await bot.SendAsync("/progress @ann", "bob", "club", group: true));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Rest_Tomorrow_KeepsTheStreakWithoutAddingToIt(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.SendAsync("/log sql 4");

        Assert.StartsWith("😴 Rest day: Fri 16 Jan.", await bot.SendAsync("/rest tomorrow"));
        Assert.Contains("Rest days ahead: Fri 16 Jan", await bot.SendAsync("/streak"));
        bot.Time.Advance(TimeSpan.FromDays(2));
        await bot.SendAsync("/log sql 4");

        var reply = await bot.SendAsync("/streak");

        Assert.Contains("🔥 2 days in a row", reply);
        Assert.Contains("Freezes left this month: 2 of 2", reply);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Rest_RangeListAndOff_ChangeOnlyThoseDays(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        Assert.StartsWith("😴 Rest days: Sat 17 Jan – Mon 19 Jan.", await bot.SendAsync("/rest 2026-01-17..2026-01-19"));
        Assert.Equal("No longer resting: Sun 18 Jan.", await bot.SendAsync("/rest off 2026-01-18"));
        Assert.StartsWith("Rest days ahead: Sat 17 Jan, Mon 19 Jan.", await bot.SendAsync("/rest"));
        Assert.StartsWith("Undone", await bot.SendAsync("/undo"));
        Assert.StartsWith("Rest days ahead: Sat 17 Jan, Sun 18 Jan, Mon 19 Jan.", await bot.SendAsync("/rest"));
    }

    [Theory]
    [InlineData("/rest someday", "I can't read “someday”. Use /rest tomorrow")]
    [InlineData("/rest 2026-01-10", "Rest days are planned: pick today or a later day")]
    [InlineData("/rest 2026-01-20..2026-01-18", "That range ends before it starts")]
    [InlineData("/rest 2026-02-01..2026-03-15", "At most 31 rest days at a time.")]
    [InlineData("/rest 2027-06-01", "I can plan rest days up to a year ahead.")]
    [InlineData("/rest off 2026-01-20", "Tue 20 Jan is not a rest day.")]
    public async Task Rest_BadInput_SaysWhatIsWrongInOneLine(string command, string expected)
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.SendAsync(command);

        Assert.StartsWith(expected, reply);
        Assert.DoesNotContain('\n', reply);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Rest_KeepsTheReminderSettingsInTheSameJson(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.SendAsync("/quiet 07:30-08:45");

        await bot.SendAsync("/rest tomorrow");
        await bot.SendAsync("/pause 2 days");

        Assert.StartsWith("Quiet hours: 07:30–08:45", await bot.SendAsync("/quiet"));
        Assert.StartsWith("Rest days ahead: Fri 16 Jan", await bot.SendAsync("/rest"));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task DayStart_LogAt0130_CountsForThePreviousDay(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/timezone Europe/Berlin");
        Assert.StartsWith("Your day now starts at 04:00", await bot.SendAsync("/daystart 04:00"));
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 16, 0, 30, 0, TimeSpan.Zero));  // Fri 01:30 in Berlin

        Assert.StartsWith("Logged for today:", await bot.SendAsync("/log sql 4"));
        await bot.SendAsync("/check update");

        var member = await bot.MemberAsync("me");
        await using var db = bot.Db();
        Assert.Equal(new DateOnly(2026, 1, 15), await db.MetricLogs.Where(l => l.MemberId == member.Id).Select(l => l.LocalDate).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(new DateOnly(2026, 1, 15), await db.CheckIns.Where(c => c.MemberId == member.Id).Select(c => c.LocalDate).SingleAsync(TestContext.Current.CancellationToken));
        var today = await bot.SendAsync("/today");
        Assert.Contains("Today, Thu 15 Jan 2026", today);
        Assert.Contains("✅ Solve 4 SQL problems 4/4 problems", today);
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 16, 3, 0, 0, TimeSpan.Zero));  // Fri 04:00 in Berlin
        Assert.Contains("Today, Fri 16 Jan 2026", await bot.SendAsync("/today"));
    }

    // A night owl logs at 03:30 every night for a week around a DST change: with the day starting at 04:00, seven days in a row.
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29")]
    [InlineData("Europe/Berlin", "2026-10-25")]
    [InlineData("America/New_York", "2026-03-08")]
    [InlineData("America/New_York", "2026-11-01")]
    public async Task Streak_NightlyLogsAcrossADstChange_CountEachDayOnce(string zoneId, string change)
    {
        await using var bot = await TestBot.StartAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var dst = DateOnly.Parse(change, CultureInfo.InvariantCulture);
        await bot.SendAsync($"/timezone {zoneId}");
        await bot.SendAsync("/daystart 04:00");
        for (var night = -3; night <= 4; night++)
        {
            var local = dst.AddDays(night).ToDateTime(new TimeOnly(3, 30));
            bot.Time.SetUtcNow(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone)));
            if (night < 4)
                await bot.SendAsync("/log reading 30");
        }

        var reply = await bot.SendAsync("/streak");

        Assert.Contains("🔥 7 days in a row", reply);
        Assert.Contains("Freezes left this month: 2 of 2", reply);
        await using var db = bot.Db();
        var days = await db.MetricLogs.OrderBy(l => l.LocalDate).Select(l => l.LocalDate).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(-4, 7).Select(dst.AddDays), days);
    }

    [Theory]
    [InlineData("/daystart 07:00", "07:00 is too late for a day to start; pick a time from 00:00 to 06:00")]
    [InlineData("/daystart soon", "“soon” is not a time; use HH:MM from 00:00 to 06:00")]
    [InlineData("/daystart", "Your day starts at midnight.")]
    public async Task DayStart_ShowsOrRefusesInOneLine(string command, string expected)
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.SendAsync(command);

        Assert.StartsWith(expected, reply);
        Assert.DoesNotContain('\n', reply);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task DayStart_Midnight_GoesBackToTheDefault(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.SendAsync("/daystart 5");

        Assert.StartsWith("Your day starts at 05:00", await bot.SendAsync("/daystart"));
        Assert.StartsWith("Your day starts at midnight again.", await bot.SendAsync("/daystart 00:00"));
        Assert.StartsWith("Your day starts at midnight.", await bot.SendAsync("/daystart"));
    }
}
