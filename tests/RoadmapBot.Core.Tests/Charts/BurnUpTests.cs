using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class BurnUpTests
{
    private static readonly DateOnly Today = new(2026, 4, 15);

    [Fact]
    public async Task Progress_ThreeItemsInFiveDays_ProjectsFromAWeeksPace()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini.Replace("- [x]", "- [ ]", StringComparison.Ordinal));  // six items, none done in the file
        await bot.SendAsync("/done t1");            // Thu 15 Jan
        bot.Time.Advance(TimeSpan.FromDays(2));
        await bot.SendAsync("/done t2");
        bot.Time.Advance(TimeSpan.FromDays(2));
        await bot.SendAsync("/done t3");            // Mon 19 Jan

        var text = await bot.SendAsync("/progress");

        // Three left; three done in a window of 7 days (the first is only 5 days back): ceil(3 × 7 / 3) = 7 days on.
        Assert.Contains("At this pace you finish on Mon 26 Jan 2026.", text);
    }

    [Fact]
    public async Task Progress_NothingMarkedDoneYet_SaysThereIsNotEnoughData()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Contains("Not enough data yet to project a finish date.", await bot.SendAsync("/progress"));
    }

    [Fact]
    public void Project_PaceOfTheLast28Days_IgnoresOlderItems()
    {
        DateOnly[] days = [.. Enumerable.Repeat(Today.AddDays(-60), 10), Today.AddDays(-27), Today];

        // 12 of 40 done, 2 in the last 28 days: 28 left at one item every 14 days.
        Assert.Equal(Today.AddDays(28 * 14), BurnUp.Project(days, done: 12, total: 40, Today));
    }

    [Fact]
    public void Project_OneRecentItem_IsNotEnoughData()
    {
        Assert.Null(BurnUp.Project([Today.AddDays(-40), Today.AddDays(-3)], done: 2, total: 10, Today));
    }

    [Fact]
    public void Project_AllDone_FinishesToday()
    {
        Assert.Equal(Today, BurnUp.Project([], done: 5, total: 5, Today));
    }

    [Fact]
    public async Task Compute_Seed000_PlansDatedItemsAndCountsDoneItemsOnTheirDay()
    {
        await using var bot = await GeneratedProgress.StartAsync();
        var (view, progress, _) = await GeneratedProgress.LoadAsync(bot);

        var burnUp = BurnUp.Compute(view, progress, new MemberDay(TimeZoneInfo.Utc, TimeOnly.MinValue), GeneratedProgress.Today);

        Assert.Equal((new DateOnly(2025, 12, 1), 72), (burnUp.Start, burnUp.Total));
        Assert.Equal(view.Items.Count(i => i.DueDate is not null), burnUp.Planned[^1].Items);
        Assert.Equal(new BurnUpPoint(GeneratedProgress.Today, GeneratedProgress.ItemsDone, view.Items.Take(GeneratedProgress.ItemsDone).Sum(i => i.Hours ?? 0)), burnUp.Now);
        Assert.Equal(burnUp.Actual.OrderBy(p => p.Day).ToList(), burnUp.Actual);
        Assert.True(burnUp.ProjectedFinish > GeneratedProgress.Today);
    }

    [Fact]
    public async Task Compute_DoneLateInTheEvening_CountsOnTheMembersLocalDay()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/timezone America/New_York");
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 1, 16, 2, 0, 0, TimeSpan.Zero));  // Thu 15 Jan, 21:00 in New York
        await bot.SendAsync("/done t1");
        var (view, progress, _) = await GeneratedProgress.LoadAsync(bot);

        var burnUp = BurnUp.Compute(view, progress, new MemberDay(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), TimeOnly.MinValue), new DateOnly(2026, 1, 15));

        // Task 6, marked done in the file, is the importer's on the import day; t1 counts on Thursday, not on Friday.
        Assert.Equal(new BurnUpPoint(new DateOnly(2026, 1, 15), 2, 0), burnUp.Now);
    }
}
