using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class GroupTests
{
    [Fact]
    public async Task Group_EachMemberKeepsOwnProgress()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);

        var ann = await bot.SendAsync("/done t1 t2", "ann", "club", group: true);
        var bob = await bot.SendAsync("/progress", "bob", "club", group: true);

        // t6 is [x] in the file: done for the admin who imported it, not for ann or bob.
        Assert.Contains("Progress: 2/6 done", ann);
        Assert.Contains("Progress: 0/6 done", bob);
        var bobMember = await bot.MemberAsync("bob", "club");
        await using var db = bot.Db();
        Assert.False(await db.Progress.AnyAsync(p => p.MemberId == bobMember.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Group_NonAdminCannotImport()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await bot.SendAsync("/import\n" + TestRoadmaps.Mini, "bob", "club", group: true, platformAdmin: false);

        Assert.Equal("Only group admins can import or replace the roadmap.", reply);
        await using var db = bot.Db();
        Assert.Empty(await db.Roadmaps.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Group_PlatformAdminIsRememberedAsAdmin()
    {
        await using var bot = await TestBot.StartAsync();

        await bot.SendAsync("/start", "ann", "club", group: true, platformAdmin: true);
        var reply = await bot.SendAsync("/import\n" + TestRoadmaps.Mini, "ann", "club", group: true);

        Assert.StartsWith("Imported", reply);
        Assert.True((await bot.MemberAsync("ann", "club")).IsAdmin);
        Assert.Contains("Only group admins", await bot.SendAsync("/import x", "bob", "club", group: true, platformAdmin: false));
    }

    [Fact]
    public async Task Group_AdminDemotedOnThePlatform_LosesAdminRightsAtOnce()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendAsync("/start", "ann", "club", group: true, platformAdmin: true);

        var reply = await bot.SendAsync("/import\n" + TestRoadmaps.Mini, "ann", "club", group: true, platformAdmin: false);

        Assert.Equal("Only group admins can import or replace the roadmap.", reply);
        Assert.False((await bot.MemberAsync("ann", "club")).IsAdmin);
    }

    [Fact]
    public async Task Group_WhenThePlatformCannotBeAsked_StoredAdminStandsForTenMinutesSinceConfirmed_ThenTheBotSaysItCouldNotAsk()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.SendAsync("/start", "ann", "club", group: true, platformAdmin: true);

        bot.Time.Advance(TimeSpan.FromMinutes(9));
        Assert.StartsWith("Imported", await bot.SendAsync("/import\n" + TestRoadmaps.Mini, "ann", "club", group: true));
        bot.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("I couldn't ask Console who this group's admins are just now, so I can't let you change the plan yet. Try again in a minute.",
            await bot.SendAsync("/plan start 2026-01-05", "ann", "club", group: true));
        Assert.StartsWith("Plan starts", await bot.SendAsync("/plan start 2026-01-05", "ann", "club", group: true, platformAdmin: true));
    }

    [Fact]
    public async Task Group_NonAdminCannotChangePlan()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks, "club", group: true);

        Assert.Equal("Only group admins can change the plan.", await bot.SendAsync("/plan start 2026-01-05", "bob", "club", group: true, platformAdmin: false));
    }

    [Fact]
    public async Task Progress_OfAnotherMember_ShowsTheirNumbersWithoutChangingThem()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.SendAsync("/done t1", "ann", "club", group: true);

        var reply = await bot.SendAsync("/progress @ann", "bob", "club", group: true);

        Assert.Contains("Progress of ann", reply);
        Assert.Contains("Progress: 1/6 done", reply);
    }

    [Fact]
    public async Task Board_RanksMembersByDoneWithoutMentions()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.SendAsync("/done t1 t2", "@everyone", "club", group: true);
        await bot.SendAsync("/done t1", "bob", "club", group: true);

        var reply = await bot.SendAsync("/board", "bob", "club", group: true);

        Assert.Contains("1. @\u200Beveryone — 2/6 (33%)", reply);
        Assert.Contains("bob — 1/6 (16%)", reply);
        Assert.DoesNotContain("@everyone", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Group_SameItemDoneByTwoMembers_StoresOneRowEach()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);

        await bot.SendAsync("/done t1", "ann", "club", group: true);
        await bot.SendAsync("/done t1", "bob", "club", group: true);

        await using var db = bot.Db();
        Assert.Equal(2, await db.Progress.CountAsync(p => p.ItemKey == "t1" && p.Status == ItemStatus.Done, TestContext.Current.CancellationToken));
    }
}
