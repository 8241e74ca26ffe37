using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class UndoCommandTests
{
    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Undo_AfterDoneWithSeveralKeys_RestoresEveryItem(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/doing t1");
        await bot.SendAsync("/done t1 t2");

        var reply = await bot.SendAsync("/undo");

        Assert.Equal("Undone: /done t1 t2", reply);
        await using var db = bot.Db();
        Assert.Equal(new Dictionary<string, ItemStatus> { ["t1"] = ItemStatus.Doing, ["t6"] = ItemStatus.Done },
            await db.Progress.ToDictionaryAsync(p => p.ItemKey, p => p.Status, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Undo_AfterLog_DeletesTheLoggedRows(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/log sql 1");
        await bot.SendAsync("/log sql 4 project 2");

        await bot.SendAsync("/undo");

        await using var db = bot.Db();
        Assert.Equal([1.0], await db.MetricLogs.Select(l => l.Amount).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Undo_TwiceThenNothingLeft_SaysSo(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/check update");
        await bot.SendAsync("/timezone Europe/Berlin");

        Assert.Equal("Undone: /timezone Europe/Berlin", await bot.SendAsync("/undo"));
        Assert.Equal("Undone: /check update", await bot.SendAsync("/undo"));
        Assert.Equal("Your last change (/import) can't be undone with /undo.", (await bot.SendAsync("/undo")).Split('\n')[0]);
        await using var db = bot.Db();
        Assert.Empty(await db.CheckIns.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Null((await bot.MemberAsync("me")).TimeZone);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Undo_InGroup_TakesBackOnlyYourOwnChange(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.SendAsync("/done t1", "ann", "club", group: true);

        Assert.Equal("There is nothing of yours to undo.", await bot.SendAsync("/undo", "bob", "club", group: true));
        await using var db = bot.Db();
        Assert.Equal(1, await db.Progress.CountAsync(p => p.ItemKey == "t1", TestContext.Current.CancellationToken));
    }
}
