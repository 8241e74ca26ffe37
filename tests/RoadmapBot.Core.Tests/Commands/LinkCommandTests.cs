using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>One person on Telegram and Discord, linked with a one-time code, on one engine and database.</summary>
public sealed partial class LinkCommandTests
{
    [GeneratedRegex("[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex Code();

    private static async Task<string> SendAsync(TestBot bot, ChatPlatform platform, string text, string? group = null)
    {
        var user = $"{platform}-ann";
        var message = new ChatMessage(platform, group ?? user, group is not null, user, "Ann", text) { SenderIsPlatformAdmin = group is not null };
        return Assert.Single(await bot.Engine.HandleAsync(message, TestContext.Current.CancellationToken)).ToPlainText();
    }

    private static async Task<string> LinkCodeAsync(TestBot bot, ChatPlatform platform) =>
        Code().Match(await SendAsync(bot, platform, "/link")).Value;

    private static async Task<TestBot> LinkedAsync()
    {
        var bot = await TestBot.StartAsync();
        Assert.StartsWith("Imported", await SendAsync(bot, ChatPlatform.Telegram, "/import\n" + TestRoadmaps.Mini));
        var code = await LinkCodeAsync(bot, ChatPlatform.Telegram);
        Assert.StartsWith("Linked: this Discord chat and your Telegram chat", await SendAsync(bot, ChatPlatform.Discord, "/link " + code));
        return bot;
    }

    [Fact]
    public async Task Link_CodeEnteredOnTheOtherPlatform_BothChatsShareOneProgress()
    {
        await using var bot = await LinkedAsync();

        await SendAsync(bot, ChatPlatform.Discord, "/done t1");
        var onTelegram = await SendAsync(bot, ChatPlatform.Telegram, "/progress");
        await SendAsync(bot, ChatPlatform.Telegram, "/log sql 4");
        var onDiscord = await SendAsync(bot, ChatPlatform.Discord, "/progress");

        Assert.Contains("Progress: 2/6 done", onTelegram); // t6 from the file's [x], t1 from Discord
        Assert.Contains("Progress: 2/6 done", onDiscord);
        Assert.Contains("sql", await SendAsync(bot, ChatPlatform.Discord, "/week"));
        Assert.StartsWith("Linked: Telegram (the primary: reminders come there) and Discord.", await SendAsync(bot, ChatPlatform.Discord, "/link status"));
        await using var db = bot.Db();
        Assert.Equal(1, await db.Progress.CountAsync(p => p.ItemKey == "t1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Link_CodeIsShortUnambiguousAndStoredOnlyAsAHash()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = await SendAsync(bot, ChatPlatform.Telegram, "/link");

        var code = Code().Match(reply).Value;
        Assert.Contains("works once, for 10 minutes", reply);
        Assert.All(code.Replace("-", ""), c => Assert.Contains(c, LinkCodeText.Alphabet));
        Assert.All("01OIL", c => Assert.DoesNotContain(c, LinkCodeText.Alphabet));
        await using var db = bot.Db();
        var stored = await db.LinkCodes.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(LinkCodeText.Hash(code.Replace("-", "")), stored.CodeHash);
        Assert.DoesNotContain(code.Replace("-", ""), stored.CodeHash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Link_WrongExpiredOrReusedCode_IsRefusedWithOneLine()
    {
        await using var bot = await TestBot.StartAsync();
        var expired = await LinkCodeAsync(bot, ChatPlatform.Telegram);
        bot.Time.Advance(LinkCommand.CodeLifetime + TimeSpan.FromSeconds(1));
        var used = await LinkCodeAsync(bot, ChatPlatform.Telegram);
        Assert.StartsWith("Linked", await SendAsync(bot, ChatPlatform.Discord, "/link " + used.ToLowerInvariant()));

        var wrong = await SendAsync(bot, ChatPlatform.Console, "/link ABCD-EFGH");
        var late = await SendAsync(bot, ChatPlatform.Console, "/link " + expired);
        var again = await SendAsync(bot, ChatPlatform.Console, "/link " + used);

        Assert.StartsWith("That code is not valid", wrong);
        Assert.StartsWith("That code is not valid", late); // a new code replaced it
        Assert.StartsWith("That code is not valid (or was used already)", again);
        Assert.All(new[] { wrong, late, again }, r => Assert.DoesNotContain('\n', r));
    }

    [Fact]
    public async Task Link_AfterTenMinutes_SaysTheCodeExpired()
    {
        await using var bot = await TestBot.StartAsync();
        var code = await LinkCodeAsync(bot, ChatPlatform.Telegram);
        bot.Time.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal("That code expired (codes last 10 minutes). Send /link on your other account for a new one.",
            await SendAsync(bot, ChatPlatform.Discord, "/link " + code));
    }

    [Fact]
    public async Task Link_AfterFiveWrongCodesInAnHour_RefusesEvenTheRightOne()
    {
        await using var bot = await TestBot.StartAsync();
        var code = await LinkCodeAsync(bot, ChatPlatform.Telegram);
        for (var i = 0; i < LinkCommand.WrongCodesPerHour; i++)
            Assert.StartsWith("That code is not valid", await SendAsync(bot, ChatPlatform.Discord, "/link 2222-222" + (i + 2)));

        Assert.StartsWith("Too many wrong codes", await SendAsync(bot, ChatPlatform.Discord, "/link " + code));
        bot.Time.Advance(TimeSpan.FromMinutes(9));
        Assert.StartsWith("Too many wrong codes", await SendAsync(bot, ChatPlatform.Discord, "/link " + code));
    }

    [Fact]
    public async Task LinkOff_LaterProgressDiverges_AndWhatWasSharedStaysWithThePrimary()
    {
        await using var bot = await LinkedAsync();
        await SendAsync(bot, ChatPlatform.Discord, "/done t1");

        var off = await SendAsync(bot, ChatPlatform.Discord, "/link off");
        await SendAsync(bot, ChatPlatform.Telegram, "/done t2");

        Assert.StartsWith("Unlinked: this chat has its own progress again", off);
        Assert.Contains("Progress: 3/6 done", await SendAsync(bot, ChatPlatform.Telegram, "/progress"));
        Assert.StartsWith("No roadmap here yet", await SendAsync(bot, ChatPlatform.Discord, "/progress"));
        Assert.StartsWith("This account is not linked.", await SendAsync(bot, ChatPlatform.Telegram, "/link status"));
    }

    [Fact]
    public async Task Forget_OnThePrimary_DeletesTheLinkedAccountToo()
    {
        await using var bot = await LinkedAsync();

        await SendAsync(bot, ChatPlatform.Telegram, "/forget me confirm");

        Assert.StartsWith("No roadmap here yet", await SendAsync(bot, ChatPlatform.Discord, "/progress"));
        Assert.StartsWith("This account is not linked.", await SendAsync(bot, ChatPlatform.Discord, "/link status"));
    }

    [Fact]
    public async Task Forget_FromTheLinkedAccount_SaysSoAndDeletesThePersonEverywhere()
    {
        await using var bot = await LinkedAsync();
        await SendAsync(bot, ChatPlatform.Discord, "/log sql 4");

        var ask = await SendAsync(bot, ChatPlatform.Discord, "/forget me");
        var done = await SendAsync(bot, ChatPlatform.Discord, "/forget me confirm");

        Assert.Contains("in this chat and in your linked chats on the other platform, for good", ask);
        Assert.StartsWith("Done: everything I stored about you in this chat and in your linked chats", done);
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, await db.Members.CountAsync(ct));
        Assert.Equal(0, await db.MetricLogs.CountAsync(ct));
        Assert.Equal(0, await db.Progress.CountAsync(ct));
    }

    [Fact]
    public async Task Link_GroupsStaySeparate_AndLinkingIsRefusedInAGroup()
    {
        await using var bot = await LinkedAsync();
        Assert.StartsWith("Imported", await SendAsync(bot, ChatPlatform.Telegram, "/import\n" + TestRoadmaps.Mini, group: "club"));
        await SendAsync(bot, ChatPlatform.Telegram, "/todo t6", group: "club");

        await SendAsync(bot, ChatPlatform.Discord, "/done t1 t2");

        Assert.Contains("Progress: 0/6 done", await SendAsync(bot, ChatPlatform.Telegram, "/progress", group: "club"));
        Assert.Contains("Progress: 3/6 done", await SendAsync(bot, ChatPlatform.Telegram, "/progress"));
        Assert.Equal("Linking works in a private chat with me; groups stay separate on each platform.",
            await SendAsync(bot, ChatPlatform.Telegram, "/link", group: "club"));
    }

    [Fact]
    public async Task Link_WhenTheEnteringAccountHasProgress_IsRefusedAndSaysWhichWayWorks()
    {
        await using var bot = await TestBot.StartAsync();
        await SendAsync(bot, ChatPlatform.Discord, "/log sql 2");
        var code = await LinkCodeAsync(bot, ChatPlatform.Telegram);

        var oneSided = await SendAsync(bot, ChatPlatform.Discord, "/link " + code);
        await SendAsync(bot, ChatPlatform.Telegram, "/log sql 3");
        var both = await SendAsync(bot, ChatPlatform.Discord, "/link " + code);

        Assert.StartsWith("This account has progress and the other has none: link the other way.", oneSided);
        Assert.StartsWith("Both accounts already have progress, and I don't merge two.", both);
        await using var db = bot.Db();
        Assert.False(await db.Members.AnyAsync(m => m.LinkedToMemberId != null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reminders_ForALinkedPerson_GoOnlyToThePrimarysChat()
    {
        await using var bot = await TestBot.StartAsync();
        await SendAsync(bot, ChatPlatform.Telegram, "/import\n" + TestRoadmaps.Mini);
        // Discord's own roadmap, without done marks so that the account has no progress and may link.
        await SendAsync(bot, ChatPlatform.Discord, "/import\n" + TestRoadmaps.Mini.Replace("[x]", "[ ]", StringComparison.Ordinal));
        var code = await LinkCodeAsync(bot, ChatPlatform.Telegram);
        Assert.StartsWith("Linked", await SendAsync(bot, ChatPlatform.Discord, "/link " + code));

        await using var check = bot.Db();
        var targets = await ReminderTargets.LoadAsync(check, "UTC", bot.Time.GetUtcNow(), bot.Time.GetUtcNow().AddDays(1), TestContext.Current.CancellationToken);

        var spaces = await check.Spaces.ToDictionaryAsync(s => s.Id, s => s.Platform, TestContext.Current.CancellationToken);
        Assert.Equal([ChatPlatform.Telegram], targets.Where(t => t.MemberId is not null).Select(t => spaces[t.SpaceId]).Distinct());
    }
}
