using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>
/// A post as the group (an anonymous admin) or as a channel names no member, and a forward is someone else's words: neither is
/// acted on as the sender's.
/// </summary>
public sealed class AuthorshipTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChatMessage Post(string text, MessageAuthor author, bool addressed = false) =>
        new(ChatPlatform.Telegram, "club", true, "club", "Study group", text) { Author = author, AddressedToBot = addressed };

    [Theory]
    [InlineData("/help")]
    [InlineData("/plan shift 1 days")]
    [InlineData("/import")]
    public async Task CommandPostedAsTheGroup_IsAnsweredWithHowToBeNamed_AndCreatesNoMember(string command)
    {
        await using var bot = await TestBot.StartAsync();

        var reply = Assert.Single(await bot.Engine.HandleAsync(Post(command, MessageAuthor.Group), Ct)).ToPlainText();

        Assert.StartsWith("I can't tell who sent this: you're posting anonymously as the group.", reply);
        Assert.Contains("Remain anonymous", reply);
        await using var db = bot.Db();
        Assert.False(await db.Members.AnyAsync(Ct));
    }

    [Fact]
    public async Task CommandPostedAsAChannel_IsAnsweredThatItNamesNoOne()
    {
        await using var bot = await TestBot.StartAsync();

        var reply = Assert.Single(await bot.Engine.HandleAsync(Post("/done t1", MessageAuthor.Channel), Ct)).ToPlainText();

        Assert.StartsWith("I can't tell who sent this: it was posted as a channel.", reply);
    }

    [Fact]
    public async Task PlainWordsPostedAsAChannel_AreIgnored_UnlessMeantForTheBot()
    {
        await using var bot = await TestBot.StartAsync();

        Assert.Empty(await bot.Engine.HandleAsync(Post("did 2h on the project", MessageAuthor.Channel), Ct));
        Assert.Single(await bot.Engine.HandleAsync(Post("did 2h on the project", MessageAuthor.Channel, addressed: true), Ct));
    }

    [Theory]
    [InlineData("/done t1")]
    [InlineData("Solved 3 sql problems today and did 2h on the project")]
    public async Task ForwardInAPrivateChat_IsNotApplied_AndSaysSo(string text)
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        var before = await RowsAsync(bot);

        var reply = await bot.Engine.HandleAsync(new ChatMessage(ChatPlatform.Console, "me", false, "me", "me", text) { Forwarded = true }, Ct);

        Assert.Equal("That's a forwarded message: I only act on what you write yourself.", Assert.Single(reply).ToPlainText());
        Assert.Equal(before, await RowsAsync(bot));
    }

    [Fact]
    public async Task ForwardInAGroup_IsIgnored_UnlessMeantForTheBot()
    {
        await using var bot = await TestBot.StartAsync();
        var forward = new ChatMessage(ChatPlatform.Console, "club", true, "ann", "Ann", "did 2h on the project") { Forwarded = true };

        Assert.Empty(await bot.Engine.HandleAsync(forward, Ct));
        Assert.Single(await bot.Engine.HandleAsync(forward with { Text = "/done t1" }, Ct));
    }

    private static async Task<(int, int, int)> RowsAsync(TestBot bot)
    {
        await using var db = bot.Db();
        return (await db.Progress.CountAsync(Ct), await db.MetricLogs.CountAsync(Ct), await db.CheckIns.CountAsync(Ct));
    }
}
