using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>
/// Every shard GET /gateway/bot recommends, in this one process: one <see cref="GatewayClient"/> session per shard, their
/// IDENTIFYs paced per concurrency bucket by one shared guard, their interactions and guild events read as one stream.
/// A fatal close of any shard stops them all.
/// </summary>
public sealed class ShardedGateway(IDiscordRest rest, DiscordClientOptions options, TimeProvider time, ILogger<ShardedGateway> logger) : IGatewayEvents
{
    private readonly Channel<IInteractionReplies> _interactions = Channel.CreateUnbounded<IInteractionReplies>();
    private readonly Channel<GuildEvent> _guilds = Channel.CreateUnbounded<GuildEvent>();
    private readonly Channel<GatewayMessage> _messages = Channel.CreateUnbounded<GatewayMessage>();
    private readonly IdentifyGuard _identify = new(options, time, logger);
    private volatile GatewayClient[] _shards = [];

    public ulong? ApplicationId => _shards.Select(s => s.ApplicationId).FirstOrDefault(id => id is not null);

    public IAsyncEnumerable<IInteractionReplies> ReadInteractionsAsync(CancellationToken ct) => _interactions.Reader.ReadAllAsync(ct);

    public IAsyncEnumerable<GuildEvent> ReadGuildEventsAsync(CancellationToken ct) => _guilds.Reader.ReadAllAsync(ct);

    public IAsyncEnumerable<GatewayMessage> ReadMessagesAsync(CancellationToken ct) => _messages.Reader.ReadAllAsync(ct);

    public ulong? BotUserId => _shards.Select(s => s.BotUserId).FirstOrDefault(id => id is not null);

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            var info = await RecommendationAsync(ct);
            _identify.Observe(info);
            _shards = [.. Enumerable.Range(0, info.Shards).Select(id => new GatewayClient(rest, options, time, logger, new GatewayShard(id, info.Shards), _identify, gatewayUrl: info.Url))];
            logger.LogInformation("Discord: running all {Count} shards GET /gateway/bot recommends (max_concurrency {Concurrency})", info.Shards, info.MaxConcurrency);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            await Task.WhenAll(_shards.Select(shard => RunShardAsync(shard, stop)));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            _interactions.Writer.TryComplete();
            _guilds.Writer.TryComplete();
            _messages.Writer.TryComplete();
        }
    }

    private async Task RunShardAsync(GatewayClient shard, CancellationTokenSource stop)
    {
        var pumps = Task.WhenAll(PumpAsync(shard.ReadInteractionsAsync(stop.Token), _interactions.Writer), PumpAsync(shard.ReadGuildEventsAsync(stop.Token), _guilds.Writer),
            PumpAsync(shard.ReadMessagesAsync(stop.Token), _messages.Writer));
        try
        {
            await shard.RunAsync(stop.Token);
        }
        finally
        {
            // A shard ends only when stopped or closed for good: either way the others end too.
            await stop.CancelAsync();
            await pumps;
        }
    }

    private static async Task PumpAsync<T>(IAsyncEnumerable<T> from, ChannelWriter<T> to)
    {
        try
        {
            await foreach (var item in from) to.TryWrite(item);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<GatewayBotInfo> RecommendationAsync(CancellationToken ct)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await rest.GetGatewayBotAsync(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested && GatewayClient.IsTransient(e))
            {
                logger.LogWarning("Discord GET /gateway/bot failed ({Reason}); trying again", e.Message);
                await Task.Delay(ReconnectBackoff.Delay(failures, options.ReconnectBackoffBase, options.ReconnectBackoffCap, Random.Shared.NextDouble()), time, ct);
            }
        }
    }
}
