using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>A post as the group (an anonymous admin) or as a channel names no member: it is never acted on as anyone's.</summary>
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
}
