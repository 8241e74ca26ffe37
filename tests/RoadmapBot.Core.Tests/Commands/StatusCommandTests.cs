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

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Done_SingleKey_MarksItemDoneAndShowsProgress(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/done t1");

        Assert.Contains("✅ t1 Read the book", reply);
        Assert.Contains("Progress: 2/6 done (33%)", reply);
        Assert.Equal(ItemStatus.Done, (await StatusesAsync(bot))["t1"]);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Done_WithRange_MarksEachItemDone(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/done t1-t3");

        Assert.Contains("Progress: 4/6 done", reply);
        // t6 is [x] in the file, so it is done for the member who imported it.
        Assert.Equal(["t1", "t2", "t3", "t6"], (await StatusesAsync(bot)).Where(p => p.Value == ItemStatus.Done).Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Done_RangeOfMoreThan200Items_IsRefusedAndMarksNothing()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync("# Big\n## Phase 1\n" + string.Concat(Enumerable.Range(1, 250).Select(n => $"- [ ] **Task {n}:** step {n}\n")));

        var reply = await bot.SendAsync("/done t1-t201");

        Assert.Equal("A range covers at most 200 items; t1-t201 has 201.", reply);
        Assert.Empty(await StatusesAsync(bot));
        Assert.Contains("Progress: 200/250 done", await bot.SendAsync("/done t1-t200"));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Done_WithSeveralKeysAndCommas_MarksEachOnce(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        await bot.SendAsync("/done t2 t4,t5 T2");

        Assert.Equal(["t2", "t4", "t5", "t6"], (await StatusesAsync(bot)).Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Done_UnknownKey_SuggestsClosestAndAppliesTheRest(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/done t1 t55");

        Assert.Contains("There is no item t55; did you mean t5?", reply);
        Assert.Equal(["t1", "t6"], (await StatusesAsync(bot)).Keys.Order());
    }

    [Fact]
    public async Task Done_WithHundredsOfKeys_ListsTwentyItemsAndThreeUnknownKeys_AndSumsUpTheRest()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(File.ReadAllText(Seeds.Path("000")));
        await bot.SendAsync("/done t2");

        var reply = await bot.SendAsync("/done " + string.Join(' ', Enumerable.Range(1, 399).Select(n => $"t{n}")));
        var lines = reply.Split('\n');

        Assert.Equal(20, lines.Count(l => l.StartsWith("• ", StringComparison.Ordinal)));
        Assert.Contains("… and 32 more items.", lines);
        Assert.Equal(3, lines.Count(l => l.StartsWith("There is no item ", StringComparison.Ordinal)));
        Assert.Contains("344 more keys that are no item (t56, t57, t58, …); /tasks lists them.", lines);
        Assert.Contains("t2 was already done.", reply, StringComparison.Ordinal);
        // Every key that is an item was marked, shown or not: the seed's t1–t53 but t11 (its items are t11a and t11b).
        Assert.Equal(52, (await StatusesAsync(bot)).Count(s => s.Key.StartsWith('t') && s.Value == Roadmaps.ItemStatus.Done));
    }

    [Fact]
    public async Task Done_ARangeWhoseRestWasPartlyDone_SaysHowManyOfTheRestWereAlready()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(File.ReadAllText(Seeds.Path("000")));
        await bot.SendAsync("/done t30 t31");

        var reply = await bot.SendAsync("/done t1-t40");

        Assert.Contains("… and 21 more items, 2 of them already done.", reply.Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Done_WhenAlreadyDone_SaysSoWithoutNewAuditEntry(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/done t6");

        Assert.Contains("t6 was already done", reply);
        await using var db = bot.Db();
        Assert.DoesNotContain(await db.Audit.ToListAsync(TestContext.Current.CancellationToken), a => a.Kind == AuditKind.ItemProgress);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Blocked_WithReason_StoresReasonAsNote(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/blocked t3 waiting for data");

        Assert.Contains("⛔ t3", reply);
        await using var db = bot.Db();
        var row = await db.Progress.SingleAsync(p => p.ItemKey == "t3", TestContext.Current.CancellationToken);
        Assert.Equal((ItemStatus.Blocked, "Blocked: waiting for data"), (row.Status, row.Notes));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Skip_RemovesItemFromTotal(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        var reply = await bot.SendAsync("/skip t5");

        Assert.Contains("Progress: 1/5 done (20%)", reply);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task DoingAndTodo_ChangeStatusBack(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        await bot.SendAsync("/doing t1");
        Assert.Equal(ItemStatus.Doing, (await StatusesAsync(bot))["t1"]);
        await bot.SendAsync("/todo t1");
        Assert.Equal(ItemStatus.Todo, (await StatusesAsync(bot))["t1"]);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Done_WithoutKeys_RepliesWithTheRightForm(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        Assert.Equal("Use /done KEY…, e.g. /done t1 t2 t5-t7.", await bot.SendAsync("/done"));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Done_WithoutRoadmap_ExplainsHowToImport(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        Assert.StartsWith("No roadmap here yet.", await bot.SendAsync("/done t1"));
    }

    [Fact]
    public async Task Done_WithKeysAsPeopleTypeThem_AppliesEach_AndOnlyCommasGetTheUsage()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("Use /done KEY…, e.g. /done t1 t2 t5-t7.", await bot.SendAsync("/done , ,,"));
        Assert.Equal("Use /blocked KEY reason, e.g. /blocked t4 waiting for the dataset.", await bot.SendAsync("/blocked , no data"));
        var reply = await bot.SendAsync("/done t1 and t2; #t3 \u201ct4\u201d \uff54\uff15");

        Assert.DoesNotContain("There is no item", reply);
        Assert.Equal(["t1", "t2", "t3", "t4", "t5", "t6"], (await StatusesAsync(bot)).Where(p => p.Value == ItemStatus.Done).Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Done_WithAWordOfATitleInsteadOfAKey_SuggestsThatItem()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("There is no item deploy; did you mean t5 (Deploy)?", await bot.SendAsync("/done deploy"));
        Assert.Contains("t5 Deploy", await bot.SendAsync("/task #t5"));
    }
}
