using System.Text;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class ImportCommandTests
{
    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Import_PastedText_StoresRoadmapSourceAndHash(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        var reply = await bot.SendAsync("/import\n" + TestRoadmaps.Mini);

        Assert.StartsWith("Imported Mini plan: 2 phases, 6 items, 4 daily habits.", reply);
        await using var db = bot.Db();
        var roadmap = await db.Roadmaps.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(TestRoadmaps.Mini, roadmap.Source);
        Assert.Equal(64, roadmap.ContentHash.Length);
        Assert.Equal(6, await db.Items.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(4, await db.Habits.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_OfOnePhaseItemAndHabit_CountsEachInTheSingular_InTheReplyAndInRoadmap()
    {
        await using var bot = await TestBot.StartAsync(StorageProvider.Sqlite);

        var reply = await bot.SendAsync("/import\n# Solo plan\n\n## Daily habits\n- 1 hour reading\n\n## Phase 1: Start\n- [ ] Read the first chapter\n");
        var roadmap = await bot.SendAsync("/roadmap");

        Assert.StartsWith("Imported Solo plan: 1 phase, 1 item, 1 daily habit.", reply);
        Assert.Contains("1 phase, 1 item, 1 daily habit; imported", roadmap, StringComparison.Ordinal);
        Assert.Contains(" · 1 item", roadmap, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Import_Attachment_IsRead(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        var reply = await bot.ReplyAsync("/import", attachments: new ChatAttachment("plan.md", Encoding.UTF8.GetBytes(TestRoadmaps.Mini)));

        Assert.StartsWith("Imported Mini plan", reply.ToPlainText());
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Import_BinaryAttachment_IsRejectedFriendly(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        var reply = await bot.ReplyAsync("/import", attachments: new ChatAttachment("x.png", [0x89, 0x50, 0, 1]));

        Assert.Contains("not text", reply.ToPlainText());
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Import_WithoutDocument_ExplainsForm(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        Assert.StartsWith("Use /import (a .md file attached", await bot.SendAsync("/import"));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Import_SameDocumentAgain_ChangesNothing(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("That is the roadmap already loaded; nothing changed.", await bot.SendAsync("/import\n" + TestRoadmaps.Mini));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Reimport_ShowsDiffAndAppliesOnlyOnConfirm_KeepingProgress(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/done t1 t2");
        var changed = TestRoadmaps.Mini.Replace("- [ ] **Task 2:** Write notes\n", "").Replace("Ship it", "Ship it to users")
            .Replace("- [ ] **Task 5:** Deploy", "- [ ] **Task 5:** Deploy\n- [ ] **Task 7:** Retrospective");

        var diff = await bot.SendAsync("/import\n" + changed);
        var before = await bot.SendAsync("/progress");
        var confirm = await bot.SendAsync("/import confirm");
        var after = await bot.SendAsync("/progress");

        Assert.Contains("Added (1):\n• t7 Retrospective", diff);
        Assert.Contains("Removed (1):\n• t2 Write notes", diff);
        Assert.Contains("t4 Ship it to users: title “Ship it” → “Ship it to users”", diff);
        Assert.Contains("[Apply: /import confirm]", diff);
        Assert.Contains("Progress: 3/6 done", before);
        // The file is the source of truth for the sender's done/todo: it shows t1 as [ ], so t1 goes back to todo, and says so first.
        Assert.Contains("The file's marks change your progress (only yours): 1 item back to todo.", diff);
        Assert.StartsWith("Roadmap replaced: 1 added, 1 changed, 1 removed. 1 member's progress on 1 removed item is kept aside", confirm);
        Assert.Contains("The file's marks set your progress: 1 item back to todo.", confirm);
        Assert.Contains("Progress: 1/6 done", after);
        await using var db = bot.Db();
        Assert.Contains(await db.Items.Select(i => i.Title).ToListAsync(TestContext.Current.CancellationToken), t => t == "Retrospective");
        Assert.Null((await db.Roadmaps.SingleAsync(TestContext.Current.CancellationToken)).PendingSource);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Reimport_InsertedWeekBullet_ProgressFollowsTitleNotPosition(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/done w1.1");
        await bot.SendAsync("/blocked w1.2 stuck");

        var diff = await bot.SendAsync("/import\n" + TestRoadmaps.Weeks.Replace("- Read chapter one", "- Watch the intro\n- Read chapter one"));
        await bot.SendAsync("/import confirm");

        Assert.Contains("Added (1):\n• w1.1 Watch the intro", diff);
        await using var db = bot.Db();
        var progress = await db.Progress.ToDictionaryAsync(p => p.ItemKey, p => p.Status, TestContext.Current.CancellationToken);
        Assert.Equal(new Dictionary<string, ItemStatus> { ["w1.2"] = ItemStatus.Done, ["w1.3"] = ItemStatus.Blocked }, progress);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Reimport_Cancel_KeepsOldRoadmap(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini);
        await bot.SendAsync("/import\n" + TestRoadmaps.Weeks);

        Assert.StartsWith("Replacement cancelled", await bot.SendAsync("/import cancel"));
        Assert.StartsWith("There is no replacement waiting", await bot.SendAsync("/import confirm"));
        Assert.Contains("Mini plan", await bot.SendAsync("/roadmap"));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Import_NoTasks_ImportsNothing(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        Assert.StartsWith("I found no tasks in that document", await bot.SendAsync("/import\njust some words"));
        await using var db = bot.Db();
        Assert.Empty(await db.Roadmaps.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_MoreThan5000Items_IsRefusedInOneLine()
    {
        await using var bot = await TestBot.StartAsync();
        var big = "# Big plan\n## Phase 1: All\n" + string.Concat(Enumerable.Range(1, 5001).Select(n => $"- Item {n}\n"));

        var reply = await bot.SendAsync("/import\n" + big);

        Assert.Equal("That roadmap has 5,001 items; a roadmap can have at most 5,000. Split it into smaller documents.", reply);
        await using var db = bot.Db();
        Assert.Empty(await db.Roadmaps.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_NineLevelsOfNesting_IsRefusedInOneLine()
    {
        await using var bot = await TestBot.StartAsync();
        var deep = "# Deep plan\n## Phase 1: All\n" + string.Concat(Enumerable.Range(0, 9).Select(n => new string(' ', 2 * n) + $"- Level {n + 1}\n"));

        var reply = await bot.SendAsync("/import\n" + deep);

        Assert.Equal("That roadmap nests items 9 levels deep; a roadmap can nest at most 8. Flatten the deepest lists and send it again.", reply);
        Assert.StartsWith("Imported", await bot.SendAsync("/import\n" + deep.Replace("                - Level 9\n", "", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Import_DatesWithoutAYear_TakeTheYearOfTheImport(StorageProvider provider)
    {
        var logs = new CapturedLogs();
        await using var bot = await TestBot.StartAsync(await TestStore.CreateAsync(provider), logs: logs);

        var reply = await bot.SendAsync("/import\n# Seminar\n\n| Date | Topic |\n|---|---|\n| 2/3 | Welcome |\n| 2/10 | RSA |\n");

        Assert.True(reply.StartsWith("Imported Seminar", StringComparison.Ordinal), logs.All);
        Assert.Contains("read in 2026, the year of the import", reply);
        await using var db = bot.Db();
        Assert.Equal([new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 10)],
            await db.Items.OrderBy(i => i.DueDate).Select(i => i.DueDate).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Import_AgendaWithTimes_KeepsTheirClockTimeOnEveryProvider(StorageProvider provider)
    {
        await using var bot = await TestBot.StartAsync(provider);

        var reply = await bot.ReplyAsync("/import", attachments: new ChatAttachment("plan.md", File.ReadAllBytes(Seeds.Path("004"))));

        Assert.StartsWith("Imported", reply.ToPlainText());
        await using var db = bot.Db();
        var first = await db.Items.Where(i => i.Key == "oct1.1").SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((new DateTime(2025, 10, 1, 9, 0, 0), DateTimeKind.Unspecified), (first.Slot!.Value, first.Slot.Value.Kind));
        Assert.Equal(new DateTime(2025, 10, 1, 10, 30, 0), first.SlotEnd);
    }
}
