using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Storing;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/undo after /import confirm puts the previous roadmap back with everyone's progress (issue 12).</summary>
public sealed class UndoImportTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    // Week 1 gains a first item (keys shift), "Do the exercises" leaves, "Build the demo" is reworded.
    private static readonly string Edited = TestRoadmaps.Weeks
        .Replace("- Read chapter one\n- Do the exercises", "- Watch the intro\n- Read chapter one", StringComparison.Ordinal)
        .Replace("- Build the demo", "- Build the demo app", StringComparison.Ordinal);

    private static Task<string> SendAsync(TestBot bot, string text, string user, bool admin = false) =>
        bot.SendAsync(text, user, "club", group: true, platformAdmin: admin);

    private static async Task<List<string>> ItemsAsync(TestBot bot)
    {
        await using var db = bot.Db();
        return await db.Items.OrderBy(i => i.Order).Select(i => $"{i.Key} {i.Title} {i.PhaseKey} {i.DueDate}").ToListAsync(Ct);
    }

    private static async Task<List<string>> ProgressAsync(TestBot bot)
    {
        await using var db = bot.Db();
        var rows = await db.Progress.Join(db.Members, p => p.MemberId, m => m.Id, (p, m) => new { m.UserId, p.ItemKey, p.Status, p.Notes, p.ChangedAt }).ToListAsync(Ct);
        return [.. rows.Select(r => $"{r.UserId} {r.ItemKey} {r.Status} {r.Notes} {r.ChangedAt:O}").Order()];
    }

    [Fact]
    public async Task Undo_AfterImportConfirm_RestoresThePreviousRoadmapAndEveryonesProgress()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks, "club", group: true);
        await SendAsync(bot, "/done w1.1", "ann");
        await SendAsync(bot, "/note w1.2 twelve of them", "ann");
        await SendAsync(bot, "/doing w2.1", "bob");
        var itemsBefore = await ItemsAsync(bot);
        var progressBefore = await ProgressAsync(bot);
        await SendAsync(bot, "/import\n" + Edited, "admin", admin: true);
        await SendAsync(bot, "/import confirm", "admin", admin: true);
        Assert.NotEqual(itemsBefore, await ItemsAsync(bot));
        bot.Time.Advance(TimeSpan.FromHours(2));

        var reply = await SendAsync(bot, "/undo", "admin", admin: true);

        Assert.StartsWith("Undone: /import confirm. The roadmap is back as it was: 3 items", reply);
        Assert.Contains("1 member's progress kept aside is back on its item", reply);
        Assert.Equal(itemsBefore, await ItemsAsync(bot));
        Assert.Equal(progressBefore, await ProgressAsync(bot));
        await using var db = bot.Db();
        Assert.Empty(await db.KeptAside.ToListAsync(Ct));
        Assert.Equal(RoadmapStore.Hash(TestRoadmaps.Weeks), (await db.Roadmaps.SingleAsync(Ct)).ContentHash);
        Assert.Contains("Read chapter one", await SendAsync(bot, "/task w1.1", "ann"));
    }

    [Fact]
    public async Task Undo_AfterImportConfirm_KeepsProgressLoggedSinceOnItemsThatStillExist()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks, "club", group: true);
        await SendAsync(bot, "/import\n" + Edited, "admin", admin: true);
        await SendAsync(bot, "/import confirm", "admin", admin: true);
        bot.Time.Advance(TimeSpan.FromMinutes(5));
        await SendAsync(bot, "/done w1.2", "bob");   // "Read chapter one", which the old roadmap has as w1.1
        await SendAsync(bot, "/done w1.1", "ann");   // "Watch the intro", which the old roadmap does not have

        var reply = await SendAsync(bot, "/undo", "admin", admin: true);

        Assert.StartsWith("Undone: /import confirm.", reply);
        Assert.Contains("1 member's progress on 1 item the old roadmap does not have is kept aside", reply);
        var bob = await bot.MemberAsync("bob", "club");
        var ann = await bot.MemberAsync("ann", "club");
        await using var db = bot.Db();
        var bobs = await db.Progress.Where(p => p.MemberId == bob.Id).SingleAsync(Ct);
        Assert.Equal(("w1.1", ItemStatus.Done), (bobs.ItemKey, bobs.Status));
        Assert.Equal("Read chapter one", (await db.Items.SingleAsync(i => i.Key == "w1.1", Ct)).Title);
        Assert.Empty(await db.Progress.Where(p => p.MemberId == ann.Id).ToListAsync(Ct));
        var aside = await db.KeptAside.SingleAsync(Ct);
        Assert.Equal((ann.Id, "Watch the intro", ItemStatus.Done), (aside.MemberId, aside.ItemTitle, aside.Status));
    }

    [Fact]
    public async Task Undo_AfterImportConfirm_IsRefusedOnceAnotherMemberChangedTheRoadmap()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks, "club", group: true);
        await SendAsync(bot, "/import\n" + Edited, "admin", admin: true);
        await SendAsync(bot, "/import confirm", "admin", admin: true);
        var items = await ItemsAsync(bot);
        await SendAsync(bot, "/plan start 2026-01-05", "ann", admin: true);

        var reply = await SendAsync(bot, "/undo", "admin", admin: true);

        Assert.Equal("Your last change (/import confirm) can't be undone any more: ann changed the roadmap since (/plan start 2026-01-05).", reply);
        await using var db = bot.Db();
        Assert.Equal(Edited, (await db.Roadmaps.SingleAsync(Ct)).Source);
        Assert.Equal(items.Select(i => i.Split(' ')[1]), (await ItemsAsync(bot)).Select(i => i.Split(' ')[1]));
    }

    [Fact]
    public async Task Undo_AfterImportConfirm_IsRefusedAfter24Hours()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/import\n" + Edited);
        await bot.SendAsync("/import confirm");
        bot.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var reply = await bot.SendAsync("/undo");

        Assert.Equal("Your last change (/import confirm) can't be undone any more: an import can be undone for 24 hours.", reply);
        await using var db = bot.Db();
        Assert.Equal(Edited, (await db.Roadmaps.SingleAsync(Ct)).Source);
    }

    [Fact]
    public async Task ForgetMe_AfterAnImport_TakesTheirProgressOutOfTheUndoSnapshot()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks, "club", group: true);
        await SendAsync(bot, "/note w1.2 private thoughts", "ann");
        await SendAsync(bot, "/done w1.1", "bob");
        await SendAsync(bot, "/import\n" + Edited, "admin", admin: true);
        await SendAsync(bot, "/import confirm", "admin", admin: true);

        await bot.SendAsync("/forget me confirm", "ann", "ann"); // from ann's private chat: her group rows go too

        await using (var db = bot.Db())
        {
            var undo = (await db.Audit.SingleAsync(a => a.Command == "/import confirm", Ct)).Undo!;
            Assert.DoesNotContain("private thoughts", undo);
            Assert.Contains("w1.1", undo);
        }
        Assert.StartsWith("Undone: /import confirm.", await SendAsync(bot, "/undo", "admin", admin: true));
        await using var after = bot.Db();
        Assert.Equal(["w1.1"], await after.Progress.Select(p => p.ItemKey).ToListAsync(Ct));
    }

    [Fact]
    public async Task Import_Confirmed_DropsSnapshotsOfImportsPastTheUndoWindow()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/import\n" + Edited);
        await bot.SendAsync("/import confirm");
        bot.Time.Advance(TimeSpan.FromDays(2));

        await bot.SendAsync("/import\n" + TestRoadmaps.Weeks);
        await bot.SendAsync("/import confirm");

        await using var db = bot.Db();
        Assert.Equal([false, true], await db.Audit.Where(a => a.Command == "/import confirm").OrderBy(a => a.Id).Select(a => a.Undo != null).ToListAsync(Ct));
    }
}
