using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Discord.Tests.Adapter.EndToEnd;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.Gateway;

/// <summary>Gateway shards: each instance identifies with the shard it is given, or one instance runs every recommended shard.</summary>
public sealed class ShardTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly string Guild = FakeInteractions.GuildId.ToString(CultureInfo.InvariantCulture);
    private FakeDiscord _discord = null!;

    public async ValueTask InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async ValueTask DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task TwoInstancesHoldingShards0And1Of2_EachIdentifiesWithItsShard_AndOnlyTheGuildsShardHandlesItsRemoval()
    {
        await using var shard0 = await DiscordHostRig.StartAsync(_discord, settings: Shard("0", "2"));
        await using var shard1 = await DiscordHostRig.StartAsync(_discord, settings: Shard("1", "2"));
        await shard0.ImportAsync("000");
        await shard1.ImportAsync("000");

        await _discord.WaitForIdentifyAsync(count: 2, timeout: Bound);
        Assert.Equal(["0/2", "1/2"], IdentifiedShards());

        var routed = await RemoveBotFromTheGuildAsync();
        var (holder, other) = routed == 0 ? (shard0, shard1) : (shard1, shard0);
        await WaitAbsentAsync(holder);
        Assert.False(await AbsentAsync(other));
    }

    [Fact]
    public async Task ShardCountAuto_OneInstanceRunsEveryRecommendedShard_AndHandlesItsGuildsEvents()
    {
        (_discord.RecommendedShards, _discord.MaxConcurrency) = (2, 2);
        await using var bot = await DiscordHostRig.StartAsync(_discord, settings: new Dictionary<string, string?> { ["RoadmapBot:Discord:ShardCount"] = "auto" });
        await bot.ImportAsync("000");

        await _discord.WaitForIdentifyAsync(count: 2, timeout: Bound);
        Assert.Equal(["0/2", "1/2"], IdentifiedShards());

        await RemoveBotFromTheGuildAsync();
        await WaitAbsentAsync(bot);
    }

    private static Dictionary<string, string?> Shard(string id, string count) => new()
    {
        ["RoadmapBot:Discord:ShardId"] = id,
        ["RoadmapBot:Discord:ShardCount"] = count,
    };

    private List<string> IdentifiedShards() =>
    [
        .. _discord.GatewayReceived.Items.Where(f => f.Op == 2)
            .Select(f => $"{f.Data.GetProperty("shard")[0].GetInt32()}/{f.Data.GetProperty("shard")[1].GetInt32()}")
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The bot added to the guild (its channel known from GUILD_CREATE) then removed; both go to the guild's shard.</summary>
    private async Task<int> RemoveBotFromTheGuildAsync()
    {
        var channel = FakeInteractions.ChannelId.ToString(CultureInfo.InvariantCulture);
        var shard = await _discord.DispatchToGuildAsync("GUILD_CREATE", FakeInteractions.GuildId,
            $$"""{"id":"{{Guild}}","name":"g","channels":[{"id":"{{channel}}","type":0}]}""");
        Assert.Equal(shard, await _discord.DispatchToGuildAsync("GUILD_DELETE", FakeInteractions.GuildId, $$"""{"id":"{{Guild}}"}"""));
        return shard;
    }

    private static async Task WaitAbsentAsync(DiscordHostRig bot)
    {
        var deadline = DateTimeOffset.UtcNow + Bound;
        while (!await AbsentAsync(bot))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the guild's removal was never handled");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<bool> AbsentAsync(DiscordHostRig bot)
    {
        await using var db = bot.Db();
        return SpaceReminderSettings.Parse((await db.Spaces.SingleAsync(TestContext.Current.CancellationToken)).Settings).BotAbsent;
    }
}
