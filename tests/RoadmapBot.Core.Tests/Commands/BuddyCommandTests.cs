using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/buddy in group "club": ann, ben and cat are members; a pair needs both to agree, one pair per member per space.</summary>
public sealed class BuddyCommandTests
{
    internal static async Task<TestBot> StartAsync(StorageProvider provider = StorageProvider.Sqlite)
    {
        var bot = await TestBot.StartAsync(provider);
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        foreach (var user in new[] { "ann", "ben", "cat" })
            await bot.JoinedLongAgoAsync(user, "club", group: true);
        return bot;
    }

    internal static async Task PairAsync(TestBot bot, string asker = "ann", string buddy = "ben")
    {
        await bot.SendAsync($"/buddy @{buddy}", asker, "club", true);
        Assert.StartsWith("🤝", (await bot.PressAsync($"/buddy yes {asker}", buddy, buddy)).ToPlainText());
    }

    private static Task<string> Say(TestBot bot, string user, string text) => bot.SendAsync(text, user, "club", true);

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task Buddy_AskedMemberConfirmsWithTheButton_PairsThem(StorageProvider provider)
    {
        await using var bot = await StartAsync(provider);

        var ask = await bot.ReplyAsync("/buddy @ben", "ann", "club", true);

        Assert.Contains("ann asks ben to be accountability buddies", ask.ToPlainText());
        var yes = Assert.Single(ask.Buttons, b => b.Label == "Yes");
        Assert.Equal(("/buddy yes ann", "ben"), (yes.Command, yes.For));
        Assert.Equal("ben", Assert.Single(ask.Buttons, b => b.Label == "No").For);
        Assert.Equal("This button is for ben.", (await bot.PressAsync(yes.Command, "cat", "ben")).ToPlainText());
        await using (var db = bot.Db())
            Assert.Null((await db.BuddyPairs.SingleAsync(TestContext.Current.CancellationToken)).ConfirmedAt);

        var confirmed = (await bot.PressAsync(yes.Command, "ben", "ben")).ToPlainText();

        Assert.StartsWith("🤝 ann and ben are buddies now", confirmed);
        await using var after = bot.Db();
        var pair = await after.BuddyPairs.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(bot.Time.GetUtcNow(), pair.ConfirmedAt);
        Assert.StartsWith("Your buddy here is ann", await Say(bot, "ben", "/buddy"));
        Assert.StartsWith("Your buddy here is ben", await Say(bot, "ann", "/buddy"));
    }

    [Fact]
    public async Task Buddy_AskingSomeoneElse_SaysTheFirstInvitationIsWithdrawn()
    {
        await using var bot = await StartAsync();
        await Say(bot, "ann", "/buddy ben");

        Assert.Contains("(The invitation to ben is withdrawn: one at a time.)", await Say(bot, "ann", "/buddy cat"));
        Assert.Equal("No one has asked you to be their buddy here.", await Say(bot, "ben", "/buddy yes ann"));
        Assert.DoesNotContain("withdrawn", await Say(bot, "ann", "/buddy cat"));
    }

    [Fact]
    public async Task Undo_AfterEndingAPair_SaysItCannot_AndLeavesTheChangeBeforeItAlone()
    {
        await using var bot = await StartAsync();
        await Say(bot, "ann", "/done t1");
        await PairAsync(bot);
        await Say(bot, "ann", "/buddy off");

        Assert.Equal("Your last change (/buddy off) can't be undone with /undo.", await Say(bot, "ann", "/undo"));
        await using var db = bot.Db();
        Assert.Equal(1, await db.Progress.CountAsync(p => p.ItemKey == "t1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Buddy_TypedYes_ConfirmsTheOnlyInvitation_AndNoDeclines()
    {
        await using var bot = await StartAsync();
        await Say(bot, "ann", "/buddy ben");
        await Say(bot, "cat", "/buddy ben");

        Assert.Equal("cat's invitation is declined: no pair.", await Say(bot, "ben", "/buddy no cat"));
        Assert.StartsWith("🤝 ann and ben are buddies now", await Say(bot, "ben", "/buddy yes"));
        Assert.Equal("No one has asked you to be their buddy here.", await Say(bot, "cat", "/buddy yes"));
    }

    [Fact]
    public async Task Buddy_WhenTheOtherHadAskedYou_PairsAtOnce()
    {
        await using var bot = await StartAsync();
        await Say(bot, "ann", "/buddy ben");

        Assert.StartsWith("🤝 ann and ben are buddies now", await Say(bot, "ben", "/buddy ann"));
    }

    [Theory]
    [InlineData("/buddy @ann", "You can't be your own buddy: pick another member of this group.")]
    [InlineData("/buddy zed", "No member called “zed” here: they need to send a command in this group first.")]
    [InlineData("/buddy @bot1", "I can't be your buddy: pick a member of this group, e.g. /buddy NAME.")]
    public async Task Buddy_Refuses_Yourself_TheBot_AndSomeoneNotInTheSpace(string text, string expected)
    {
        await using var bot = await StartAsync();
        var message = new ChatMessage(ChatPlatform.Console, "club", true, "ann", "ann", text) { BotUserId = "bot1" };

        var reply = Assert.Single(await bot.Engine.HandleAsync(message, TestContext.Current.CancellationToken));

        Assert.Equal(expected, reply.ToPlainText());
        await using var db = bot.Db();
        Assert.Empty(await db.BuddyPairs.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Buddy_InAPrivateChat_IsRefused()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);

        Assert.Equal("Buddies pair two members of a group: send /buddy NAME in the group you share.", await bot.SendAsync("/buddy @ben"));
    }

    [Fact]
    public async Task Buddy_WhenAlreadyPaired_SaysSo_OnBothSides()
    {
        await using var bot = await StartAsync();
        await PairAsync(bot);

        Assert.Equal("You already have a buddy here: ben. /buddy off ends it first.", await Say(bot, "ann", "/buddy cat"));
        Assert.Equal("ben already has a buddy here.", await Say(bot, "cat", "/buddy ben"));
        await using var db = bot.Db();
        Assert.Single(await db.BuddyPairs.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Buddy_Alone_ShowsHowToStart_OrTheOpenInvitation()
    {
        await using var bot = await StartAsync();

        Assert.StartsWith("No buddy yet. Send /buddy NAME to ask someone in this group", await Say(bot, "ann", "/buddy"));
        await Say(bot, "ann", "/buddy ben");
        Assert.StartsWith("You asked ben; waiting for them to tap Yes.", await Say(bot, "ann", "/buddy"));
        var invited = await bot.ReplyAsync("/buddy", "ben", "club", true);
        Assert.StartsWith("ann asked you to be buddies.", invited.ToPlainText());
        Assert.Contains(invited.Buttons, b => b.Command == "/buddy yes ann");
    }

    [Fact]
    public async Task BuddyOff_EndsThePair_NamingBothSides()
    {
        await using var bot = await StartAsync();
        await PairAsync(bot);

        Assert.Equal("ben ended the buddy pair with ann: no more check-in lines or nudges between you.", await Say(bot, "ben", "/buddy off"));
        Assert.Equal("You have no buddy here.", await Say(bot, "ann", "/buddy off"));
        Assert.StartsWith("No buddy yet.", await Say(bot, "ann", "/buddy"));
        await using var db = bot.Db();
        Assert.Empty(await db.BuddyPairs.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Nudge_QueuesOneFriendlyMessageForTheBuddy_OncePerDay()
    {
        await using var bot = await StartAsync();
        await PairAsync(bot);

        Assert.Equal("👋 ben gets a friendly nudge from you shortly (no one else is pinged).", await Say(bot, "ann", "/buddy nudge"));
        Assert.Equal("You already sent ben a nudge today; one a day keeps it friendly.", await Say(bot, "ann", "/buddy nudge"));

        await using var db = bot.Db();
        var entry = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
        var ben = await bot.MemberAsync("ben", "club");
        Assert.Equal((ReminderKind.BuddyNudge, ben.Id, OutboxState.Pending), (entry.Kind, entry.MemberId, entry.State));
        Assert.Equal(bot.Time.GetUtcNow(), entry.DueAt);
    }

    [Fact]
    public async Task Nudge_PressedInThePrivateChatWhereTheCheckinLanded_NudgesTheGroupBuddy()
    {
        await using var bot = await StartAsync();
        await PairAsync(bot);
        await using var db = bot.Db();
        var pair = await db.BuddyPairs.SingleAsync(TestContext.Current.CancellationToken);

        Assert.StartsWith("👋 ben gets a friendly nudge", await bot.SendAsync($"/buddy nudge {pair.Id}", "ann", "ann"));
        Assert.Equal("You have no buddy to nudge.", await bot.SendAsync($"/buddy nudge {pair.Id}", "cat", "cat"));
    }

    [Fact]
    public async Task ForgetMe_ByTheAskedSide_RemovesThePairToo()
    {
        await using var bot = await StartAsync();
        await PairAsync(bot);

        Assert.StartsWith("Done: everything I stored about you", await bot.SendAsync("/forget me confirm", "ben", "ben"));

        await using var db = bot.Db();
        Assert.Empty(await db.BuddyPairs.ToListAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("No buddy yet.", await Say(bot, "ann", "/buddy"));
    }
}
