using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/dashboard and /calendar: a signed personal link, only where the member alone sees it; "off" closes every one.</summary>
public sealed class WebLinkCommandTests
{
    public const string PublicUrl = "https://bot.example.org";

    internal static async Task<TestBot> StartAsync(string? publicUrl = PublicUrl, StorageProvider provider = StorageProvider.Sqlite) =>
        await TestBot.StartAsync(await TestStore.CreateAsync(provider), new Dictionary<string, string?> { ["RoadmapBot:Http:PublicUrl"] = publicUrl });

    /// <summary>The token of the link in <paramref name="reply"/>'s link button, with the member id in its path.</summary>
    internal static (long MemberId, string Token) LinkOf(ChatReply reply, string prefix = "/dashboard/")
    {
        var url = Assert.Single(reply.Buttons, b => b.Url is not null).Url!;
        var path = new Uri(url).AbsolutePath;
        Assert.StartsWith(prefix, path, StringComparison.Ordinal);
        var parts = path[prefix.Length..].Split('/');
        return (long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1].Replace(".ics", "", StringComparison.Ordinal));
    }

    private static async Task<LinkVerdict> CheckAsync(TestBot bot, long memberId, string token, LinkKind kind = LinkKind.Dashboard)
    {
        await using var db = bot.Db();
        return (await bot.Get<DashboardLinks>().CheckAsync(db, memberId, token, kind, TestContext.Current.CancellationToken)).Verdict;
    }

    [Fact]
    public async Task Dashboard_InAPrivateChat_GivesASignedLinkOnThePublicUrlThatOpens()
    {
        await using var bot = await StartAsync();
        var reply = await bot.ReplyAsync("/dashboard");
        var me = await bot.MemberAsync("me");

        var (memberId, token) = LinkOf(reply);
        Assert.StartsWith($"{PublicUrl}/dashboard/{me.Id}/", reply.Buttons.Single().Url, StringComparison.Ordinal);
        Assert.Equal(me.Id, memberId);
        Assert.Equal(LinkVerdict.Valid, await CheckAsync(bot, memberId, token));
        Assert.Contains("valid until Thu 22 Jan", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_WithoutPublicUrl_SaysInOneLineWhatToSet()
    {
        await using var bot = await StartAsync(publicUrl: null);
        var reply = await bot.ReplyAsync("/dashboard");

        Assert.Single(reply.ToPlainText().Split('\n'));
        Assert.Contains("RoadmapBot:Http:PublicUrl", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Empty(reply.Buttons);
    }

    [Fact]
    public async Task Dashboard_InAGroup_GivesNoLinkButAButtonThatOpensThePrivateChat()
    {
        await using var bot = await StartAsync();
        var reply = await bot.ReplyAsync("/dashboard", user: "ann", space: "club", group: true);

        Assert.DoesNotContain("http", reply.ToPlainText(), StringComparison.Ordinal);
        var button = Assert.Single(reply.Buttons);
        Assert.True(button.OpensPrivateChat);
        Assert.Null(button.Url);
        Assert.Equal("/start dashboard_club", button.Command);
    }

    [Fact]
    public async Task TheGroupsButton_InThePrivateChat_GivesTheLinkToTheGroupsPages_NotThePrivateOnes()
    {
        await using var bot = await StartAsync();
        var button = Assert.Single((await bot.ReplyAsync("/calendar", user: "ann", space: "club", group: true)).Buttons);

        var reply = await bot.ReplyAsync(button.Command, user: "ann", space: "ann");

        var (memberId, token) = LinkOf(reply, "/calendar/");
        Assert.Equal((await bot.MemberAsync("ann", "club")).Id, memberId);
        Assert.Equal(LinkVerdict.Valid, await CheckAsync(bot, memberId, token, LinkKind.Calendar));
    }

    [Fact]
    public async Task TheGroupsButton_FromSomeoneNotInTheGroup_GivesNoLink()
    {
        await using var bot = await StartAsync();
        await bot.SendAsync("/today", user: "ann", space: "club", group: true);

        var reply = await bot.ReplyAsync("/start dashboard_club", user: "bob", space: "bob");

        Assert.Equal("I don't know you in that group yet: send /dashboard there once you have written in it.", reply.ToPlainText());
        Assert.Empty(reply.Buttons);
    }

    [Fact]
    public async Task Dashboard_InAGroupAnsweredPrivately_GivesTheLink()
    {
        await using var bot = await StartAsync();
        var message = new ChatMessage(ChatPlatform.Console, "club", true, "ann", "Ann", "/dashboard") { RepliesPrivately = true };
        var reply = Assert.Single(await bot.Engine.HandleAsync(message, TestContext.Current.CancellationToken));

        var (memberId, token) = LinkOf(reply);
        Assert.Equal((await bot.MemberAsync("ann", "club")).Id, memberId);
        Assert.Equal(LinkVerdict.Valid, await CheckAsync(bot, memberId, token));
    }

    [Fact]
    public async Task StartWithDashboard_AsTheGroupsButtonSendsIt_AnswersWithTheLink()
    {
        await using var bot = await StartAsync();
        var reply = await bot.ReplyAsync("/start dashboard");

        var (memberId, token) = LinkOf(reply);
        Assert.Equal(LinkVerdict.Valid, await CheckAsync(bot, memberId, token));
    }

    [Fact]
    public async Task DashboardOff_ClosesEveryEarlierLink_AndANewOneOpens()
    {
        await using var bot = await StartAsync();
        var first = LinkOf(await bot.ReplyAsync("/dashboard"));
        var second = LinkOf(await bot.ReplyAsync("/dashboard"));

        var off = await bot.SendAsync("/dashboard off");
        var third = LinkOf(await bot.ReplyAsync("/dashboard"));

        Assert.Contains("no longer opens", off, StringComparison.Ordinal);
        Assert.Equal(LinkVerdict.Revoked, await CheckAsync(bot, first.MemberId, first.Token));
        Assert.Equal(LinkVerdict.Revoked, await CheckAsync(bot, second.MemberId, second.Token));
        Assert.Equal(LinkVerdict.Valid, await CheckAsync(bot, third.MemberId, third.Token));
        Assert.Equal("Your last change (/dashboard off) can't be undone with /undo.", await bot.SendAsync("/undo"));
        Assert.Equal(LinkVerdict.Revoked, await CheckAsync(bot, first.MemberId, first.Token));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task DashboardLink_OpensWithItsMemberAndTheirSpace_UntilTheMemberIsForgotten(StorageProvider provider)
    {
        await using var bot = await StartAsync(provider: provider);
        var link = LinkOf(await bot.ReplyAsync("/dashboard"));
        var me = await bot.MemberAsync("me");

        LinkCheck opened;
        await using (var db = bot.Db())
            opened = await bot.Get<DashboardLinks>().CheckAsync(db, link.MemberId, link.Token, LinkKind.Dashboard, TestContext.Current.CancellationToken);
        await bot.SendAsync("/forget me");
        await bot.SendAsync("/forget me confirm");

        Assert.Equal(LinkVerdict.Valid, opened.Verdict);
        Assert.Equal((me.Id, me.UserId), (opened.Member!.Id, opened.Member.UserId));
        Assert.Equal((me.SpaceId, "me"), (opened.Space!.Id, opened.Space.ExternalId));
        Assert.Equal(LinkVerdict.Revoked, await CheckAsync(bot, link.MemberId, link.Token));
    }

    [Fact]
    public async Task DashboardLink_AfterSevenDays_IsExpired()
    {
        await using var bot = await StartAsync();
        var link = LinkOf(await bot.ReplyAsync("/dashboard"));

        bot.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(LinkVerdict.Valid, await CheckAsync(bot, link.MemberId, link.Token));
        bot.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(LinkVerdict.Expired, await CheckAsync(bot, link.MemberId, link.Token));
    }

    [Fact]
    public async Task DashboardLink_WithAnotherMembersIdOrChanged_OpensNothing()
    {
        await using var bot = await StartAsync();
        var mine = LinkOf(await bot.ReplyAsync("/dashboard"));
        var theirs = LinkOf(await bot.ReplyAsync("/dashboard", user: "bob", space: "bob"));

        Assert.Equal(LinkVerdict.Invalid, await CheckAsync(bot, theirs.MemberId, mine.Token));
        Assert.Equal(LinkVerdict.Invalid, await CheckAsync(bot, mine.MemberId, mine.Token[..^2] + (mine.Token[^2] == 'A' ? "BA" : "AA")));
        Assert.Equal(LinkVerdict.Invalid, await CheckAsync(bot, mine.MemberId, mine.Token, LinkKind.Calendar));
    }

    [Fact]
    public async Task Calendar_GivesALinkThatNeverExpires_UntilCalendarOff()
    {
        await using var bot = await StartAsync();
        var reply = await bot.ReplyAsync("/calendar");
        var link = LinkOf(reply, "/calendar/");

        // An https button: Telegram and Discord refuse webcal:// buttons, and the whole message with them.
        Assert.StartsWith("https://bot.example.org/calendar/", reply.Buttons.Single().Url, StringComparison.Ordinal);
        bot.Time.Advance(TimeSpan.FromDays(400));
        Assert.Equal(LinkVerdict.Valid, await CheckAsync(bot, link.MemberId, link.Token, LinkKind.Calendar));
        await bot.SendAsync("/calendar off");
        Assert.Equal(LinkVerdict.Revoked, await CheckAsync(bot, link.MemberId, link.Token, LinkKind.Calendar));
    }
}
