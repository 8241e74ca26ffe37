using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>Editing the file and sending it again never loses anyone's progress (issue 12).</summary>
public sealed class ReimportProgressTests
{
    private const string Phased = """
        # Phased plan
        ## Phase 1: Basics
        - Read the book
        - Write notes
        ## Phase 2: More
        - Build the demo
        - Deploy it
        """;

    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    // Each member's progress by the title of its item, so a test says where progress went whatever the keys became.
    private static async Task<Dictionary<string, (ItemStatus Status, string? Notes)>> ByTitleAsync(TestBot bot, string user, string space = "me")
    {
        var member = await bot.MemberAsync(user, space);
        await using var db = bot.Db();
        var titles = await db.Items.ToDictionaryAsync(i => i.Key, i => i.Title, StringComparer.OrdinalIgnoreCase, Ct);
        var rows = await db.Progress.Where(p => p.MemberId == member.Id).ToListAsync(Ct);
        return rows.Where(r => titles.ContainsKey(r.ItemKey)).ToDictionary(r => titles[r.ItemKey], r => (r.Status, r.Notes));
    }

    [Fact]
    public async Task Reimport_EditedWording_IsChangedAndKeepsDoneMarkAndNote()
    {
        await using var bot = await TestBot.StartAsync();
        var seed = await File.ReadAllTextAsync(Seeds.Path("002"), Ct);
        await bot.ImportAsync(seed);
        await bot.SendAsync("/done w1.2");
        await bot.SendAsync("/note w1.2 used three layers");

        var preview = await bot.SendAsync("/import\n" + seed.Replace("- Draft star schema", "- Draft a star schema", StringComparison.Ordinal));
        var confirm = await bot.SendAsync("/import confirm");

        Assert.Contains("Changed (1):\n• w1.2 Draft a star schema", preview);
        Assert.Contains(": title “Draft star schema", preview);
        Assert.DoesNotContain("Removed", preview);
        Assert.DoesNotContain("Added", preview);
        Assert.StartsWith("Roadmap replaced: 1 changed.", confirm);
        var progress = await ByTitleAsync(bot, "me");
        Assert.Equal((ItemStatus.Done, "used three layers"), Assert.Single(progress).Value);
        Assert.StartsWith("Draft a star schema", Assert.Single(progress).Key);
    }

    [Fact]
    public async Task Reimport_ReorderedPhase_ProgressFollowsItsItemsAndPreviewSaysMoved()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(Phased);
        await bot.SendAsync("/done p1.1");
        await bot.SendAsync("/doing p2.1");
        var reordered = """
            # Phased plan
            ## Phase 1: More
            - Build the demo
            - Deploy it
            ## Phase 2: Basics
            - Read the book
            - Write notes
            """;

        var preview = await bot.SendAsync("/import\n" + reordered);
        var confirm = await bot.SendAsync("/import confirm");

        Assert.Contains("Moved (4):", preview);
        Assert.DoesNotContain("Removed", preview);
        Assert.Contains("4 moved", confirm);
        var progress = await ByTitleAsync(bot, "me");
        Assert.Equal(ItemStatus.Done, progress["Read the book"].Status);
        Assert.Equal(ItemStatus.Doing, progress["Build the demo"].Status);
        Assert.Equal(2, progress.Count);
    }

    [Fact]
    public async Task Reimport_ItemRemovedThenRestored_ProgressIsKeptAsideAndComesBack()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/done w1.2");
        await bot.SendAsync("/note w1.2 all twelve");
        await bot.SendAsync("/proof w1.2 https://example.com/ex");

        var preview = await bot.SendAsync("/import\n" + TestRoadmaps.Weeks.Replace("- Do the exercises", "- Watch a talk", StringComparison.Ordinal));
        var confirm = await bot.SendAsync("/import confirm");
        var roadmap = await bot.SendAsync("/roadmap");
        var whileAside = await ByTitleAsync(bot, "me");
        await bot.SendAsync("/import\n" + TestRoadmaps.Weeks.Replace("- Do the exercises", "- Watch a talk\n- Do the exercises", StringComparison.Ordinal));
        var restored = await bot.SendAsync("/import confirm");

        Assert.Contains("Removed (1):\n• w1.2 Do the exercises", preview);
        Assert.Contains("1 member's progress on 1 removed item is kept aside; it returns if the item comes back.", preview);
        Assert.Contains("1 member's progress on 1 removed item is kept aside", confirm);
        Assert.Contains("Kept aside (1):\n• w1.2 Do the exercises: 1 member's progress", roadmap);
        Assert.Empty(whileAside);
        Assert.Contains("1 member's progress kept aside came back", restored);
        Assert.Equal((ItemStatus.Done, "all twelve"), (await ByTitleAsync(bot, "me"))["Do the exercises"]);
        await using var db = bot.Db();
        Assert.Equal("https://example.com/ex", (await db.Progress.SingleAsync(Ct)).ProofUrl);
        Assert.DoesNotContain("Kept aside", await bot.SendAsync("/roadmap"));
    }

    [Fact]
    public async Task Reimport_ItemSplitInTwo_ProgressStaysOnTheOneKeepingTheTitle()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/done w2.1");

        var preview = await bot.SendAsync("/import\n" + TestRoadmaps.Weeks.Replace("- Build the demo", "- Plan the demo\n- Build the demo", StringComparison.Ordinal));
        var confirm = await bot.SendAsync("/import confirm");

        Assert.Contains("Added (1):\n• w2.1 Plan the demo", preview);
        Assert.Contains("Moved (1):\n• w2.2 Build the demo (was w2.1)", preview);
        Assert.StartsWith("Roadmap replaced: 1 added, 1 moved.", confirm);
        var progress = await ByTitleAsync(bot, "me");
        Assert.Equal(ItemStatus.Done, progress["Build the demo"].Status);
        Assert.False(progress.ContainsKey("Plan the demo"));
    }

    [Fact]
    public async Task Reimport_InGroup_TwoMembersProgressOnAChangedItem_BothStay()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks, "club", group: true);
        await bot.SendAsync("/done w1.1", "ann", "club", group: true);
        await bot.SendAsync("/doing w1.1", "bob", "club", group: true);
        await bot.SendAsync("/note w1.1 halfway", "bob", "club", group: true);
        var edited = TestRoadmaps.Weeks.Replace("- Read chapter one", "- Read chapter one carefully", StringComparison.Ordinal);

        var preview = await bot.SendAsync("/import\n" + edited, "admin", "club", group: true, platformAdmin: true);
        var confirm = await bot.SendAsync("/import confirm", "admin", "club", group: true, platformAdmin: true);

        Assert.Contains("Changed (1):\n• w1.1 Read chapter one carefully: title “Read chapter one” → “Read chapter one carefully”", preview);
        Assert.DoesNotContain("kept aside", preview);
        Assert.StartsWith("Roadmap replaced: 1 changed. Everyone's progress stays with its item.", confirm);
        Assert.Equal(ItemStatus.Done, (await ByTitleAsync(bot, "ann", "club"))["Read chapter one carefully"].Status);
        Assert.Equal((ItemStatus.Doing, "halfway"), (await ByTitleAsync(bot, "bob", "club"))["Read chapter one carefully"]);
    }

    [Fact]
    public async Task Reimport_InGroup_RemovedItem_CountsEveryMembersProgressKeptAside()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.SendAsync("/done t2", "ann", "club", group: true);
        await bot.SendAsync("/doing t2", "bob", "club", group: true);

        var preview = await bot.SendAsync("/import\n" + TestRoadmaps.Mini.Replace("- [ ] **Task 2:** Write notes\n", "", StringComparison.Ordinal),
            "admin", "club", group: true, platformAdmin: true);

        Assert.Contains("2 members' progress on 1 removed item is kept aside; it returns if the item comes back.", preview);
    }

    [Fact]
    public async Task Reimport_BulletRemoved_KeysBelowStayWithTheirItemsAndExportMarksThem()
    {
        await using var bot = await TestBot.StartAsync();
        var plan = "# Week plan\n## Phase 1 (Weeks 1-1)\n### Week 1\n- Read the book\n- Write notes\n- Cook dinner\n";
        await bot.ImportAsync(plan);
        await bot.SendAsync("/done w1.3");

        var preview = await bot.SendAsync("/import\n" + plan.Replace("- Write notes\n", "", StringComparison.Ordinal));
        await bot.SendAsync("/import confirm");

        Assert.DoesNotContain("Moved", preview);
        Assert.Contains("Cook dinner", await bot.SendAsync("/task w1.3"));
        Assert.Equal(ItemStatus.Done, (await ByTitleAsync(bot, "me"))["Cook dinner"].Status);
        var exported = System.Text.Encoding.UTF8.GetString((await bot.ReplyAsync("/export md")).File!.Content);
        Assert.Contains("- ✅ Cook dinner", exported);
        Assert.Contains("- Read the book", exported);
        await bot.SendAsync("/import\n" + exported.Replace("- Read the book", "- Read the whole book", StringComparison.Ordinal));
        await bot.SendAsync("/import confirm");
        Assert.Contains("Cook dinner", await bot.SendAsync("/task w1.3"));
    }
}
