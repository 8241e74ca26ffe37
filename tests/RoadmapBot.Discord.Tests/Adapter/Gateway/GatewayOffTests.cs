using Microsoft.Extensions.Hosting;
using RoadmapBot.Discord.Tests.Adapter.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.Gateway;

/// <summary>RoadmapBot:Discord:Gateway=off: an instance that only sends (REST) opens no gateway session (a shard allows one).</summary>
public sealed class GatewayOffTests
{
    [Fact]
    public async Task GatewayOff_OpensNoSessionAndRegistersNothing()
    {
        await using var rig = await DiscordAdapterRig.CreateAsync(new Dictionary<string, string?> { ["RoadmapBot:Discord:Gateway"] = "off" });

        await rig.Host.StartAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!rig.Logs.All.Contains("gateway is off", StringComparison.Ordinal))
            await Task.Delay(20, timeout.Token);

        Assert.Equal(0, rig.Gateway.Runs);
        Assert.Empty(rig.Rest.Registered);
    }

    [Fact]
    public void Gateway_OtherThanOnOrOff_IsRejectedAtStart()
    {
        var options = new DiscordOptions { Token = DiscordAdapterRig.Token, ApplicationId = "1", Gateway = "maybe" };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("RoadmapBot:Discord:Gateway must be on or off", result.FailureMessage);
    }
}
