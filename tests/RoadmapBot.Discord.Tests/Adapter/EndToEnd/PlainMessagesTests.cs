using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>Plain messages on Discord with RoadmapBot:Discord:ReadMessages on: DMs and mentions from the gateway, and /log text:.</summary>
public sealed class PlainMessagesTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private const ulong DmChannel = 800000000000000077;
    private FakeDiscord _discord = null!;
    private DiscordHostRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _rig = await DiscordHostRig.StartAsync(_discord, settings: new Dictionary<string, string?> { ["RoadmapBot:Discord:ReadMessages"] = "true" });
        await _rig.ImportAsync("000");
    }

    public async ValueTask DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Identify_AsksForGuildAndDirectMessages_ButNotThePrivilegedMessageContent()
    {
        var identify = await _discord.WaitForIdentifyAsync(timeout: Bound);

        Assert.Equal(1 | 1 << 9 | 1 << 12, identify.Data.GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task ServerMessage_MentioningTheBot_IsLoggedAndAnsweredInTheChannel_ChatterIsNot()
    {
        await _discord.WaitForIdentifyAsync(timeout: Bound);

        // Without MESSAGE_CONTENT, chatter arrives with empty text; it is left alone.
        await _discord.DispatchAsync("MESSAGE_CREATE", Message(1, FakeInteractions.ChannelId, guild: true, ""));
        await _discord.DispatchAsync("MESSAGE_CREATE", Message(2, FakeInteractions.ChannelId, guild: true,
            $"<@{FakeDiscord.BotUserId}> did 4 sql problems", mentionsBot: true));

        var answer = await _discord.Requests.WaitForAsync(r => r.Method == "POST" && r.Path == $"/channels/{FakeInteractions.ChannelId}/messages", Bound);
        Assert.Contains("sql +4 problems", answer.JsonBody.GetProperty("content").GetString());
        Assert.Contains("/undo", answer.Json);
        Assert.Equal("[]", answer.JsonBody.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        Assert.Single(_discord.Requests.Items, r => r.Path.Contains("/channels/", StringComparison.Ordinal) && r.Method == "POST");
    }

    [Fact]
    public async Task DirectMessage_IsReadAsALog()
    {
        var dm = new ChatMessage(ChatPlatform.Discord, DmChannel.ToString(CultureInfo.InvariantCulture), false, FakeInteractions.UserId.ToString(CultureInfo.InvariantCulture), "Ada", "/import")
        {
            Attachments = [new ChatAttachment("roadmap.md", Seeds.Read("000"))],
        };
        await _rig.Host.Services.GetRequiredService<ChatEngine>().HandleAsync(dm, TestContext.Current.CancellationToken);
        await _discord.WaitForIdentifyAsync(timeout: Bound);

        await _discord.DispatchAsync("MESSAGE_CREATE", Message(3, DmChannel, guild: false, "t5 done"));

        var answer = await _discord.Requests.WaitForAsync(r => r.Method == "POST" && r.Path == $"/channels/{DmChannel}/messages", Bound);
        Assert.Contains("✅ `t5` Advanced SQL Fundamentals", answer.JsonBody.GetProperty("content").GetString());
    }

    [Fact]
    public async Task LogTextOption_IsReadAsPlainWords()
    {
        await _discord.WaitForIdentifyAsync(timeout: Bound);

        await _discord.DispatchInteractionAsync(FakeInteractions.SlashCommand("log", [("text", 3, "did 4 sql problems and 2h on the project")]));

        var callback = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        var content = callback.JsonBody.GetProperty("data").GetProperty("content").GetString();
        Assert.Contains("sql +4 problems", content);
        Assert.Contains("project +2 hours", content);
    }

    private static string Message(ulong id, ulong channel, bool guild, string content, bool mentionsBot = false)
    {
        var message = new JsonObject
        {
            ["id"] = id.ToString(CultureInfo.InvariantCulture),
            ["channel_id"] = channel.ToString(CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["id"] = FakeInteractions.UserId.ToString(CultureInfo.InvariantCulture), ["username"] = "ada", ["global_name"] = "Ada" },
            ["content"] = content,
            ["mentions"] = mentionsBot ? new JsonArray(new JsonObject { ["id"] = FakeDiscord.BotUserId.ToString(CultureInfo.InvariantCulture), ["username"] = "roadmapbot" }) : new JsonArray(),
        };
        if (guild)
            message["guild_id"] = FakeInteractions.GuildId.ToString(CultureInfo.InvariantCulture);
        return message.ToJsonString();
    }
}
