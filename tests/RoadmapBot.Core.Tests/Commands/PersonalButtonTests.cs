using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>In a group, a button acts only for the member it was made for; anyone else gets a short toast and nothing changes.</summary>
public sealed class PersonalButtonTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ButtonsOnAGroupReply_AreForTheMemberWhoAsked()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);

        var today = await bot.ReplyAsync("/today", "ann", "club", group: true);

        Assert.NotEmpty(today.Buttons);
        Assert.All(today.Buttons, b => Assert.Equal("ann", b.For));
    }

    [Fact]
    public async Task KickoffInAGroup_HasButtonsForThatMemberOnly()
    {
        await using var bot = await TestBot.StartAsync();
        await MessageBench.ImportSeedAsync(bot, "000", "club", group: true);
        await bot.SendAsync("/start", "ann", "club", group: true);

        var kickoff = await MessageBench.BuildAsync(bot, ReminderKind.Kickoff, "2026-01-15T08:00", user: "ann", space: "club");

        Assert.NotEmpty(kickoff!.Buttons);
        Assert.All(kickoff.Buttons, b => Assert.Equal("ann", b.For));
    }

    [Fact]
    public async Task PressOnAnotherMembersButton_IsAToastNamingThemAndChangesNothing()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.SendAsync("/start", "Ann", "club", group: true);

        var reply = await bot.PressAsync("/done t1", "bob", buttonFor: "Ann");

        Assert.True(reply.Toast);
        Assert.Equal("This button is for Ann.", reply.ToPlainText());
        await using var db = bot.Db();
        Assert.False(await db.Progress.AnyAsync(p => p.ItemKey == "t1", Ct));
    }

    [Fact]
    public async Task PressOnOwnButton_RunsTheCommand()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);

        var reply = await bot.PressAsync("/done t1", "bob", buttonFor: "bob");

        Assert.False(reply.Toast);
        Assert.Contains("t1", reply.ToPlainText());
    }

    [Fact]
    public async Task ForgetMe_InAGroup_SaysToUseAPrivateChatAndOffersNoButton()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.SendAsync("/done t1", "ann", "club", group: true);

        var ask = await bot.ReplyAsync("/forget me", "ann", "club", group: true);
        var confirm = await bot.SendAsync("/forget me confirm", "ann", "club", group: true);

        Assert.Empty(ask.Buttons);
        Assert.Contains("private chat", ask.ToPlainText());
        Assert.Contains("private chat", confirm);
        await using var db = bot.Db();
        Assert.True(await db.Members.AnyAsync(m => m.UserId == "ann", Ct));
    }
}
