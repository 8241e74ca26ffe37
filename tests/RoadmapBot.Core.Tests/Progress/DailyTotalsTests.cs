using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Progress;

public sealed class DailyTotalsTests
{
    [Fact]
    public async Task Progress_StreakReachesBeforeTheWeek_WeekCountsOnlyItsOwnDays()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.JoinedLongAgoAsync();
        // Thu 15 Jan: logs every day since Fri 9 Jan, and a check-in alone on Thu 8 Jan.
        for (var day = 9; day <= 15; day++)
            await bot.SendAsync($"/log sql 4 2026-01-{day:00}");
        var member = await bot.MemberAsync("me");
        await using (var db = bot.Db())
        {
            db.CheckIns.Add(new HabitCheckIn { MemberId = member.Id, HabitKey = "update", LocalDate = new DateOnly(2026, 1, 8), CheckedAt = bot.Time.GetUtcNow() });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var reply = await bot.SendAsync("/progress");

        Assert.Contains("Streak: 8 days", reply);
        Assert.Contains("sql: 16 problems, target met 4/4 days", reply);
    }

    [Fact]
    public void Total_BeforeTheLoadedLogs_Throws()
    {
        var since = new DateOnly(2026, 1, 12);
        var totals = new DailyTotals([], [], new HashSet<DateOnly>(), since);

        Assert.Equal(0, totals.Total("sql", since, since));
        Assert.Throws<ArgumentOutOfRangeException>(() => totals.Total("sql", since.AddDays(-1), since));
    }
}
