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

    [Fact]
    public async Task WithTwoShards_EachShardsReadyListsOnlyItsServers_SoNoneMarksTheOthersChannelsAsLeft()
    {
        var otherShardsGuild = Enumerable.Range(1, 8).Select(i => FakeInteractions.GuildId + ((ulong)i << 22))
            .First(g => (g >> 22) % 2 != (FakeInteractions.GuildId >> 22) % 2);
        _discord.Guilds.Add((FakeInteractions.GuildId, [FakeInteractions.ChannelId]));
        _discord.Guilds.Add((otherShardsGuild, [FakeInteractions.ChannelId + 1]));
        await using var shard0 = await DiscordHostRig.StartAsync(_discord, settings: Shard("0", "2"));
        await shard0.ImportAsync("000");
        await using var shard1 = await DiscordHostRig.StartAsync(_discord, restartOf: shard0, settings: Shard("1", "2"));

        await _discord.WaitForIdentifyAsync(count: 2, timeout: Bound);
        // Each instance says, once its READY came, that with shards it leaves servers left while offline undecided.
        foreach (var bot in new[] { shard0, shard1 })
            await WaitUntilAsync(() => Task.FromResult(bot.Logs.All.Contains("left while offline", StringComparison.Ordinal)), "the shard's READY");

        Assert.False(await AbsentAsync(shard0));
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

    private static Task WaitAbsentAsync(DiscordHostRig bot) => WaitUntilAsync(() => AbsentAsync(bot), "the guild's removal");

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTimeOffset.UtcNow + Bound;
        while (!await done())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"{what} never came");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<bool> AbsentAsync(DiscordHostRig bot)
    {
        await using var db = bot.Db();
        return SpaceReminderSettings.Parse((await db.Spaces.SingleAsync(TestContext.Current.CancellationToken)).Settings).BotAbsent;
    }
}
