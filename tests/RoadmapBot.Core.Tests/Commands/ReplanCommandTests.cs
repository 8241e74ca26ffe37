using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>Re-plan in one tap: today is Thu 15 Jan 2026; the plan starts Mon 1 Dec 2025, so all twelve items are due.</summary>
public sealed class ReplanCommandTests
{
    internal static async Task<TestBot> StartAsync(StorageProvider provider = StorageProvider.Sqlite, bool group = false)
    {
        var bot = await TestBot.StartAsync(provider);
        var space = group ? "club" : "me";
        await bot.ImportAsync(TestRoadmaps.FourWeeks, space, group);
        await bot.SendAsync("/plan start 2025-12-01", group ? "admin" : "me", space, group, platformAdmin: group);
        return bot;
    }

    [Fact]
    public async Task Progress_ForANewMemberOnAPlanThatBeganBefore_OffersReplanInsteadOfBehind()
    {
        await using var bot = await StartAsync();

        var reply = await bot.ReplyAsync("/progress");

        var text = reply.ToPlainText();
        Assert.DoesNotContain("Behind schedule", text);
        Assert.Contains("The plan's dates began before you did: 12 items were due by today.", text);
        Assert.Contains("more than a week of work (a week is about 4 items at the plan's pace)", text);
        Assert.Contains(reply.Buttons, b => b.Command == "/replan");
    }

    [Fact]
    public async Task Progress_WhenBehindByLessThanAWeekOfWork_OffersNoReplan()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/done w1.1 w1.2 w1.3 w2.1 w2.2 w2.3 w3.1 w3.2 w3.3");

        var reply = await bot.ReplyAsync("/progress");

        Assert.Contains("Behind schedule by 3 items", reply.ToPlainText());
        Assert.DoesNotContain(reply.Buttons, b => b.Command == "/replan");
        Assert.StartsWith("You are not behind by more than a week of work", await bot.SendAsync("/replan"));
    }

    [Fact]
    public async Task Preview_WithoutAPace_ShowsTheShiftWithItsFinishAndFirstThreeChanges_AndNoSpread()
    {
        await using var bot = await StartAsync();

        var reply = await bot.ReplyAsync("/replan");

        var text = reply.ToPlainText();
        Assert.Contains("1. Shift everything open by 39 days: you finish Thu 5 Feb 2026.", text);
        Assert.Contains("w1.1 Read chapter one: due Sun 7 Dec 2025 → Thu 15 Jan", text);   // last year's date shows its year
        Assert.Contains("w1.3 Write a summary: due Sun 7 Dec 2025 → Thu 15 Jan", text);
        Assert.Contains("… and 9 more", text);
        Assert.Contains("Spreading what remains at your pace needs a pace", text);
        Assert.Equal(["/replan shift"], reply.Buttons.Select(b => b.Command));
        await using var db = bot.Db();
        Assert.Empty(await db.PlanShifts.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Preview_WithAPace_SpreadsWhatRemainsFromTodayAtThatPace()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/done w1.1 w1.2 w1.3");

        var reply = await bot.ReplyAsync("/replan");

        // Three done today: a pace of 3 items in 7 days. Nine open: due 3, 5, 7, … 21 days from today.
        var text = reply.ToPlainText();
        Assert.Contains("a week of work is 3 items (your pace, 3 items in the last 7 days)", text);
        Assert.Contains("1. Shift everything open by 32 days: you finish Thu 29 Jan 2026.", text);
        Assert.Contains("2. Spread what remains from today at your pace: you finish Thu 5 Feb 2026.", text);
        Assert.Contains("w2.1 Read chapter two: due Sun 14 Dec 2025 → Sun 18 Jan", text);
        Assert.Contains("w2.2 Build the parser: due Sun 14 Dec 2025 → Tue 20 Jan", text);
        Assert.Equal(["/replan shift", "/replan spread"], reply.Buttons.Select(b => b.Command));
        Assert.Contains("more than a week of work (a week is about 3 items at your pace)", (await bot.ReplyAsync("/progress")).ToPlainText());
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Shift_InAGroup_MovesOnlyTheMembersOwnDates_AndUndoTakesItBack(StorageProvider provider)
    {
        await using var bot = await StartAsync(provider, group: true);
        await bot.SendAsync("/start", "ann", "club", true);

        var applied = await bot.SendAsync("/replan shift", "me", "club", true);

        Assert.StartsWith("Re-planned: Everything open moved 39 days later (12 items). You now finish Thu 5 Feb 2026.", applied);
        Assert.Contains("w1.1 Read chapter one · due Thu 15 Jan", await bot.SendAsync("/today", "me", "club", true));
        Assert.Contains("Overdue (12)", await bot.SendAsync("/today", "ann", "club", true));
        var board = await bot.SendAsync("/board", "me", "club", true);
        Assert.Contains("me — 0/12 (0%), 🔥 0, behind by 3", board);
        Assert.Contains("ann — 0/12 (0%), 🔥 0, behind by 12", board);

        Assert.Equal("Undone: /replan shift", await bot.SendAsync("/undo", "me", "club", true));
        Assert.Contains("Overdue (12)", await bot.SendAsync("/today", "me", "club", true));
        await using var db = bot.Db();
        Assert.Empty(await db.PlanShifts.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AdminsPlanShift_StillMovesTheGroupsRoadmap_UnderAMembersReplan()
    {
        await using var bot = await StartAsync(group: true);
        await bot.SendAsync("/replan shift", "me", "club", true);

        await bot.SendAsync("/plan shift 7 days", "admin", "club", true, platformAdmin: true);

        var tasks = await bot.SendAsync("/tasks due", "me", "club", true);
        Assert.Contains("w1.1 Read chapter one · due Thu 22 Jan", tasks);
    }

    [Fact]
    public async Task Replan_WithWordsItDoesNotKnow_AnswersWithItsUsage()
    {
        await using var bot = await StartAsync();

        Assert.Equal("Use /replan [shift|spread], e.g. /replan shift.", await bot.SendAsync("/replan sideways"));
        Assert.StartsWith("Spreading at your pace needs a pace", await bot.SendAsync("/replan spread"));
    }

    [Fact]
    public async Task Import_OfSeed000AYearLate_GreetsWithTheReplanOffer_AndAGroupImportDoesNot()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Time.Advance(TimeSpan.FromDays(365));
        var seed = new ChatAttachment("roadmap.md", File.ReadAllBytes(Seeds.Path("000")));

        var mine = await bot.ReplyAsync("/import", attachments: seed);
        var group = await bot.ReplyAsync("/import", "admin", "club", group: true, platformAdmin: true, seed);

        Assert.Contains("The plan's dates began before today: 36 items were already due.", mine.ToPlainText());
        Assert.Contains(mine.Buttons, b => b.Command == "/replan");
        Assert.DoesNotContain(group.Buttons, b => b.Command == "/replan");
    }
}
