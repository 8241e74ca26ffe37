using System.Text.Json;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Gateway;

namespace RoadmapBot.Discord.Tests.Adapter.Gateway;

/// <summary>Which gateway messages are meant for the bot, and what the engine is given of them.</summary>
public sealed class MessageIntakeTests
{
    private const ulong Bot = 42;
    private static readonly DiscordUser Ada = new(7, "ada", "Ada");

    [Fact]
    public void DirectMessage_IsAPrivatePlainMessage()
    {
        var chat = MessageIntake.Translate(new GatewayMessage(1, 500, null, Ada, false, "did 4 sql problems"), Bot);

        Assert.NotNull(chat);
        Assert.Equal(("500", false, "7", "Ada", "ada", "did 4 sql problems"), (chat.SpaceId, chat.IsGroup, chat.UserId, chat.DisplayName, chat.Username, chat.Text));
        Assert.Equal("discord-message:1", chat.DeliveryKey);
    }

    [Fact]
    public void ServerMessage_MentioningTheBot_IsAddressed_WithoutTheMention()
    {
        var chat = MessageIntake.Translate(new GatewayMessage(1, 500, 9, Ada, false, "<@42> t5 done <@!42>") { Mentions = [Bot] }, Bot);

        Assert.NotNull(chat);
        Assert.Equal((true, true, "t5 done"), (chat.IsGroup, chat.AddressedToBot, chat.Text));
    }

    [Fact]
    public void ServerMessage_ReplyingToTheBot_IsAddressed()
    {
        var chat = MessageIntake.Translate(new GatewayMessage(1, 500, 9, Ada, false, "t5 done") { RepliesTo = Bot }, Bot);

        Assert.Equal("t5 done", chat?.Text);
    }

    [Theory]
    [InlineData(9UL, false, "did 4 sql problems")]   // server chatter
    [InlineData(9UL, false, "")]                     // without MESSAGE_CONTENT chatter arrives empty
    [InlineData(null, true, "did 4 sql problems")]   // another bot
    public void MessagesNotForTheBot_AreLeftAlone(ulong? guild, bool fromBot, string content)
    {
        Assert.Null(MessageIntake.Translate(new GatewayMessage(1, 500, guild, Ada, fromBot, content), Bot));
    }

    [Fact]
    public void MessageCreate_IsParsedWithMentionsAndTheRepliedAuthor()
    {
        var d = JsonDocument.Parse("""
            {"id":"11","channel_id":"22","guild_id":"33","content":"<@42> 2 commits","author":{"id":"7","username":"ada","global_name":null},
             "mentions":[{"id":"42","username":"bot"}],"referenced_message":{"id":"10","author":{"id":"42","username":"bot"}}}
            """).RootElement;

        var message = MessageEventParser.Parse(d);

        Assert.Equal((11UL, 22UL, (ulong?)33UL, "ada", false, "<@42> 2 commits"), (message.Id, message.ChannelId, message.GuildId, message.Author.DisplayName, message.AuthorIsBot, message.Content));
        Assert.Equal([42UL], message.Mentions);
        Assert.Equal(42UL, message.RepliesTo);
    }

    [Fact]
    public void ForwardInADirectMessage_GoesToTheEngineAsForwarded()
    {
        var d = JsonDocument.Parse("""
            {"id":"12","channel_id":"22","content":"","author":{"id":"7","username":"ada"},
             "message_reference":{"type":1,"channel_id":"5","message_id":"4"},"message_snapshots":[{"message":{"content":"did 2h"}}]}
            """).RootElement;

        var chat = MessageIntake.Translate(MessageEventParser.Parse(d), Bot);

        Assert.Equal((true, false), (chat?.Forwarded, chat?.IsGroup));
    }

    [Fact]
    public void Intents_AreGuildsOnly_UntilReadMessagesIsOn()
    {
        Assert.Equal(1, new DiscordOptions().Intents);
        Assert.Equal(1 | 1 << 9 | 1 << 12, new DiscordOptions { ReadMessages = true }.Intents);
    }
}
