using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Progress;

/// <summary>Unfinished items of a week roll into the next week's focus (/week, /today).</summary>
public sealed class WeeksTests
{
    [Fact]
    public async Task CarriedOver_ItemsDueLastWeekAndNotFinished_ShowInWeekAndToday()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/plan start 2026-01-05");  // week 1 (w1.1, w1.2) was due Sun 11 Jan; today is Thu 15 Jan
        await bot.SendAsync("/done w1.1");

        var week = await bot.SendAsync("/week");
        var today = await bot.SendAsync("/today");

        Assert.Contains("Carried over from last week: w1.2", week);
        Assert.Contains("Carried over from last week: w1.2", today);
        Assert.DoesNotContain("w1.1", week.Split('\n').Single(l => l.StartsWith("Carried", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CarriedOver_SkippedOrDone_LeaveTheList()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/plan start 2026-01-05");
        await bot.SendAsync("/done w1.1");
        await bot.SendAsync("/skip w1.2");

        Assert.DoesNotContain("Carried over", await bot.SendAsync("/week"));
    }

    [Fact]
    public async Task CarriedOver_ItemMarkedDoing_RollsIntoNextWeekOnly()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);  // due at the end of January
        await bot.SendAsync("/doing t3");

        Assert.DoesNotContain("Carried over", await bot.SendAsync("/week"));
        bot.Time.Advance(TimeSpan.FromDays(4));  // Mon 19 Jan
        Assert.Contains("Carried over from last week: t3", await bot.SendAsync("/week"));
        await bot.SendAsync("/done t3");
        Assert.DoesNotContain("Carried over", await bot.SendAsync("/week"));
    }
}
