using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Progress;

/// <summary>Cached roadmap views never outlive the roadmap they were built from, whichever process changed it.</summary>
public sealed class RoadmapCacheTests
{
    private static readonly string Changed = TestRoadmaps.Mini.Replace("# Mini plan", "# Mini plan v2")
        .Replace("- [ ] **Task 5:** Deploy", "- [ ] **Task 5:** Deploy\n- [ ] **Task 7:** Retrospective");

    [Fact]
    public async Task Cache_IsSizedByItems_NotByRoadmaps()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.ImportAsync(TestRoadmaps.Mini, space: "other");
        var cache = bot.Service<RoadmapCache>();

        await bot.SendAsync("/roadmap");
        await bot.SendAsync("/roadmap", space: "other");

        Assert.Equal(12, cache.CachedItems);
    }

    [Fact]
    public async Task Cache_KeepsNoMoreItemsThanItsCapacity()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.ImportAsync(TestRoadmaps.Mini, space: "other");
        using var cache = new RoadmapCache(capacityItems: 10);
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;

        foreach (var space in await db.Spaces.Select(s => s.Id).ToListAsync(ct))
            Assert.NotNull(await cache.GetAsync(db, space, await RoadmapStamp.ReadAsync(db, space, ct), ct));

        Assert.Equal(6, cache.CachedItems);  // one view of six items fits, two do not
    }

    [Fact]
    public async Task Reimport_ConfirmedInOneEngine_IsSeenByAnotherEngineOnTheSameFile()
    {
        await using var first = await TestBot.StartAsync();
        await using var second = await TestBot.StartAsync(first.Path);
        await first.ImportAsync(TestRoadmaps.Mini);
        Assert.StartsWith("There is no item t7", await second.SendAsync("/task t7"));

        await first.SendAsync("/import\n" + Changed);
        var waiting = await second.SendAsync("/roadmap");
        await first.SendAsync("/import confirm");

        Assert.Contains("A replacement is waiting", waiting);
        Assert.Contains("Retrospective", await second.SendAsync("/task t7"));
        var roadmap = await second.SendAsync("/roadmap");
        Assert.StartsWith("Mini plan v2\n2 phases, 7 items", roadmap);
        Assert.DoesNotContain("A replacement is waiting", roadmap);
        Assert.Contains("Progress: 2/7 done", await second.SendAsync("/done t7"));
    }

    [Fact]
    public async Task PlanShift_MovesDueDatesAtOnce_InThisEngineAndAnother()
    {
        await using var first = await TestBot.StartAsync();
        await using var second = await TestBot.StartAsync(first.Path);
        await first.ImportAsync(TestRoadmaps.Weeks);
        await first.SendAsync("/plan start 2026-01-05");
        Assert.Contains("Overdue (2)", await first.SendAsync("/today"));
        Assert.Contains("due Sun 11 Jan", await second.SendAsync("/task w1.1"));

        await first.SendAsync("/plan shift 7 days");

        Assert.DoesNotContain("Overdue", await first.SendAsync("/today"));
        Assert.Contains("due Sun 18 Jan", await second.SendAsync("/task w1.1"));
        await second.SendAsync("/plan shift -7 days");
        Assert.Contains("Overdue (2)", await first.SendAsync("/today"));
    }

    [Fact]
    public async Task PlanStart_InAnotherEngine_ChangesTheScheduleSeenHere()
    {
        await using var first = await TestBot.StartAsync();
        await using var second = await TestBot.StartAsync(first.Path);
        await first.ImportAsync(TestRoadmaps.Weeks);
        Assert.Contains("Weeks have no dates yet", await first.SendAsync("/roadmap"));

        await second.SendAsync("/plan start 2026-01-12");

        Assert.Contains("Plan started Mon 12 Jan 2026.", await first.SendAsync("/roadmap"));
        Assert.Contains("due Sun 18 Jan", await first.SendAsync("/task w1.1"));
    }
}
