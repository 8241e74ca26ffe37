using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>
/// One gateway session (spec §1): Hello → jittered heartbeats → IDENTIFY or RESUME → READY/RESUMED, then dispatches.
/// Connections run one after another in RunAsync, so a reconnect is single-flight by construction; each has its own
/// heartbeater and cancellation, so no zombie state leaks into the next. Interactions go into a Channel: the reader never
/// runs a handler.
/// </summary>
public sealed partial class GatewayClient : IGatewayEvents
{
    // A session that held this long was healthy: the next reconnect starts the back-off from zero again.
    private static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(60);
    private const int MaxFailedResumes = 3;

    private readonly IDiscordRest _rest;
    private readonly DiscordClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<IGatewayTransport> _transports;
    private readonly Random _random;
    private readonly IdentifyGuard _identify;
    private readonly GatewayShard _shard;
    private readonly GatewaySendLimiter _sendLimiter;
    private readonly Channel<IInteractionReplies> _interactions = Channel.CreateUnbounded<IInteractionReplies>();
    private readonly Channel<GuildEvent> _guilds = Channel.CreateUnbounded<GuildEvent>();
    private readonly Channel<GatewayMessage> _messages = Channel.CreateUnbounded<GatewayMessage>();
    private Uri? _gatewayUrl;
    private (string Id, Uri ResumeUrl)? _session;
    private int? _sequence;
    private long _applicationId;
    private long _botUserId;
    private int _running;

    /// <summary>The session of the shard the options name (<see cref="DiscordClientOptions.ShardId"/> of <see cref="DiscordClientOptions.ShardCount"/>).</summary>
    public GatewayClient(IDiscordRest rest, DiscordClientOptions options, TimeProvider time, ILogger<GatewayClient> logger,
        Func<IGatewayTransport>? transports = null, Random? random = null)
        : this(rest, options, time, logger, new GatewayShard(options.ShardId, options.ShardCount ?? 1), new IdentifyGuard(options, time, logger), transports, random)
    {
    }

    /// <summary>One of several shards in this process, sharing their IDENTIFY guard and the gateway URL their owner already asked for.</summary>
    internal GatewayClient(IDiscordRest rest, DiscordClientOptions options, TimeProvider time, ILogger logger, GatewayShard shard, IdentifyGuard identify,
        Func<IGatewayTransport>? transports = null, Random? random = null, Uri? gatewayUrl = null)
    {
        _gatewayUrl = gatewayUrl;
        _rest = rest;
        _options = options;
        _time = time;
        _logger = logger;
        _transports = transports ?? (() => new WebSocketGatewayTransport());
        _random = random ?? Random.Shared;
        _identify = identify;
        _shard = shard;
        _sendLimiter = new GatewaySendLimiter(time);
    }

    public ulong? ApplicationId => Interlocked.Read(ref _applicationId) is var id and not 0 ? (ulong)id : null;

    public IAsyncEnumerable<IInteractionReplies> ReadInteractionsAsync(CancellationToken ct) => _interactions.Reader.ReadAllAsync(ct);

    public IAsyncEnumerable<GuildEvent> ReadGuildEventsAsync(CancellationToken ct) => _guilds.Reader.ReadAllAsync(ct);

    public IAsyncEnumerable<GatewayMessage> ReadMessagesAsync(CancellationToken ct) => _messages.Reader.ReadAllAsync(ct);

    public ulong? BotUserId => Interlocked.Read(ref _botUserId) is var id and not 0 ? (ulong)id : null;

    public async Task RunAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) throw new InvalidOperationException("The gateway client is already running.");
        try
        {
            var (failures, failedResumes) = (0, 0);
            while (!ct.IsCancellationRequested)
            {
                if (_gatewayUrl is null && !await FetchGatewayAsync(failures, ct))
                {
                    failures++;
                    continue;
                }
                var resuming = _session is not null;
                var outcome = await RunConnectionAsync(ct);
                if (ct.IsCancellationRequested) return;
                switch (outcome.Next)
                {
                    case GatewayNext.Fatal:
                        _logger.LogCritical("Discord gateway closed with {Code}: {Reason}; not reconnecting", outcome.CloseCode, outcome.Reason);
                        throw new GatewayFatalException(outcome.CloseCode ?? 0, outcome.Reason);
                    case GatewayNext.Identify:
                        _session = null;
                        break;
                }
                var held = _time.GetUtcNow() - outcome.SessionStartedAt;
                failures = held >= StableAfter ? 0 : failures + 1;
                failedResumes = outcome.SessionStartedAt is not null ? 0 : resuming ? failedResumes + 1 : failedResumes;
                if (failedResumes >= MaxFailedResumes && _session is not null)
                {
                    _logger.LogWarning("Three connections in a row failed to resume; starting a new session");
                    _session = null;
                    failedResumes = 0;
                }
                if (failures >= MaxFailedResumes) _gatewayUrl = null;  // the cached URL keeps failing: ask for it again
                _logger.LogInformation("Discord gateway reconnecting ({Next}): {Reason}", _session is null ? "identify" : "resume", outcome.Reason);
                await Task.Delay(outcome.Delay ?? Backoff(failures), _time, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped.
        }
        finally
        {
            _interactions.Writer.TryComplete();
            _messages.Writer.TryComplete();
        }
    }

    /// <summary>GET /gateway/bot for the URL (cached for reconnects) and the session start limit; false after a transient failure and its back-off.</summary>
    private async Task<bool> FetchGatewayAsync(int failures, CancellationToken ct)
    {
        try
        {
            var info = await _rest.GetGatewayBotAsync(ct);
            _gatewayUrl = info.Url;
            _identify.Observe(info);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested && IsTransient(e))
        {
            _logger.LogWarning("Discord GET /gateway/bot failed ({Reason}); trying again", e.Message);
            await Task.Delay(Backoff(failures + 1), _time, ct);
            return false;
        }
    }

    /// <summary>A failure of GET /gateway/bot worth trying again: the network, a timeout, Discord busy or down.</summary>
    internal static bool IsTransient(Exception e) => e is HttpRequestException or TaskCanceledException or DiscordApiException { Status: >= 500 or 429 };
}
