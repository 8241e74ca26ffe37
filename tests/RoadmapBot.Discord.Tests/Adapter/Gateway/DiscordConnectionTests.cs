using Microsoft.Extensions.Options;
using RoadmapBot.Discord.Gateway;
using RoadmapBot.Discord.Tests.Adapter.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.Gateway;

public sealed class DiscordConnectionTests
{
    [Fact]
    public void RejectedBotToken_IsNotReady_AndSaysInteractionAnswersStillGo()
    {
        var rest = new FakeDiscordRest();
        var connection = new DiscordConnection(new FakeGateway(), rest,
            Options.Create(new DiscordOptions { Token = DiscordAdapterRig.Token, ApplicationId = "900", Gateway = "off" }));
        Assert.True(connection.State.Connected);

        rest.BotTokenRejected = true;

        Assert.False(connection.State.Connected);
        Assert.Contains("rejected the bot token", connection.State.Detail);
        Assert.Contains("interaction answers still go out", connection.State.Detail);
    }
}
