using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class StatusCommandTests
{
    private static async Task<Dictionary<string, ItemStatus>> StatusesAsync(TestBot bot, string user = "me", string space = "me")
    {
        var member = await bot.MemberAsync(user, space);
        await using var db = bot.Db();
        return await db.Progress.Where(p => p.MemberId == member.Id).ToDictionaryAsync(p => p.ItemKey, p => p.Status);
    }

    [Fact]
    public async Task Done_SingleKey_MarksItemDoneAndShowsProgress()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/done t1");

        Assert.Contains("✅ t1 Read the book", reply);
        Assert.Contains("Progress: 2/6 done (33%)", reply);
        Assert.Equal(ItemStatus.Done, (await StatusesAsync(bot))["t1"]);
    }

    [Fact]
    public async Task Done_WithRange_MarksEachItemDone()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/done t1-t3");

        Assert.Contains("Progress: 4/6 done", reply);
        // t6 is [x] in the file, so it is done for the member who imported it.
        Assert.Equal(["t1", "t2", "t3", "t6"], (await StatusesAsync(bot)).Where(p => p.Value == ItemStatus.Done).Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Done_WithSeveralKeysAndCommas_MarksEachOnce()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        await bot.SendAsync("/done t2 t4,t5 T2");

        Assert.Equal(["t2", "t4", "t5", "t6"], (await StatusesAsync(bot)).Keys.Order());
    }

    [Fact]
    public async Task Done_UnknownKey_SuggestsClosestAndAppliesTheRest()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/done t1 t55");

        Assert.Contains("There is no item t55; did you mean t5?", reply);
        Assert.Equal(["t1", "t6"], (await StatusesAsync(bot)).Keys.Order());
    }

    [Fact]
    public async Task Done_WhenAlreadyDone_SaysSoWithoutNewAuditEntry()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/done t6");

        Assert.Contains("t6 was already done", reply);
        await using var db = bot.Db();
        Assert.DoesNotContain(await db.Audit.ToListAsync(TestContext.Current.CancellationToken), a => a.Kind == AuditKind.ItemProgress);
    }

    [Fact]
    public async Task Blocked_WithReason_StoresReasonAsNote()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/blocked t3 waiting for data");

        Assert.Contains("⛔ t3", reply);
        await using var db = bot.Db();
        var row = await db.Progress.SingleAsync(p => p.ItemKey == "t3", TestContext.Current.CancellationToken);
        Assert.Equal((ItemStatus.Blocked, "Blocked: waiting for data"), (row.Status, row.Notes));
    }

    [Fact]
    public async Task Skip_RemovesItemFromTotal()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/skip t5");

        Assert.Contains("Progress: 1/5 done (20%)", reply);
    }

    [Fact]
    public async Task DoingAndTodo_ChangeStatusBack()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        await bot.SendAsync("/doing t1");
        Assert.Equal(ItemStatus.Doing, (await StatusesAsync(bot))["t1"]);
        await bot.SendAsync("/todo t1");
        Assert.Equal(ItemStatus.Todo, (await StatusesAsync(bot))["t1"]);
    }

    [Fact]
    public async Task Done_WithoutKeys_RepliesWithTheRightForm()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.Equal("Use /done KEY…, e.g. /done t1 t2 t5-t7.", await bot.SendAsync("/done"));
    }

    [Fact]
    public async Task Done_WithoutRoadmap_ExplainsHowToImport()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.StartsWith("No roadmap here yet.", await bot.SendAsync("/done t1"));
    }
}
