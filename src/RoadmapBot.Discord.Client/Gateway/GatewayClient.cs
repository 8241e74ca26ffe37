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
public sealed class GatewayClient : IGatewayEvents
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
    private readonly GatewaySendLimiter _sendLimiter;
    private readonly Channel<IInteractionReplies> _interactions = Channel.CreateUnbounded<IInteractionReplies>();
    private Uri? _gatewayUrl;
    private (string Id, Uri ResumeUrl)? _session;
    private int? _sequence;
    private long _applicationId;
    private int _running;

    public GatewayClient(IDiscordRest rest, DiscordClientOptions options, TimeProvider time, ILogger<GatewayClient> logger,
        Func<IGatewayTransport>? transports = null, Random? random = null)
    {
        _rest = rest;
        _options = options;
        _time = time;
        _logger = logger;
        _transports = transports ?? (() => new WebSocketGatewayTransport());
        _random = random ?? Random.Shared;
        _identify = new IdentifyGuard(options, time, logger);
        _sendLimiter = new GatewaySendLimiter(time);
    }

    public ulong? ApplicationId => Interlocked.Read(ref _applicationId) is var id and not 0 ? (ulong)id : null;

    public IAsyncEnumerable<IInteractionReplies> ReadInteractionsAsync(CancellationToken ct) => _interactions.Reader.ReadAllAsync(ct);

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
        catch (Exception e) when (!ct.IsCancellationRequested &&
            e is HttpRequestException or TaskCanceledException or DiscordApiException { Status: >= 500 or 429 })
        {
            _logger.LogWarning("Discord GET /gateway/bot failed ({Reason}); trying again", e.Message);
            await Task.Delay(Backoff(failures + 1), _time, ct);
            return false;
        }
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(CancellationToken ct)
    {
        var resuming = _session is not null;
        var url = WithGatewayQuery(_session?.ResumeUrl ?? _gatewayUrl!);
        using var connectionCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var connection = new Connection(_transports(), connectionCts);
        await using var transport = connection.Transport;
        Task heartbeat = Task.CompletedTask;
        DateTimeOffset? sessionAt = null;
        try
        {
            using (var connectTimeout = StartStage(_options.ConnectTimeout, connectionCts.Token))
                await transport.ConnectAsync(url, connectTimeout.Token);

            using (var hello = await ReceiveStageAsync(connection, _options.HelloTimeout))
            {
                if (hello is null) return connection.Outcome ?? Resume("no Hello in time");
                var op = hello.RootElement.GetProperty("op").GetInt32();
                if (op != 10) return Resume(op == 7 ? "reconnect requested before Hello" : $"expected Hello, got op {op}");
                var interval = TimeSpan.FromMilliseconds(hello.RootElement.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                heartbeat = HeartbeatAsync(connection, interval);
            }

            if (resuming) await SendAsync(connection, GatewayPayloads.Resume(_options.Token, _session!.Value.Id, _sequence));
            else
            {
                await _identify.WaitAsync(connectionCts.Token);
                await SendAsync(connection, GatewayPayloads.Identify(_options));
                _identify.Record();
            }

            while (true)
            {
                using var payload = sessionAt is not null
                    ? await ReceiveAsync(connection, connectionCts.Token)
                    : await ReceiveStageAsync(connection, _options.ReadyTimeout);
                if (payload is null)
                    return (connection.Outcome ?? Resume(resuming ? "no RESUMED in time" : "no READY in time")) with { SessionStartedAt = sessionAt };
                var root = payload.RootElement;
                switch (root.GetProperty("op").GetInt32())
                {
                    case 0:
                        if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number) _sequence = s.GetInt32();
                        if (OnDispatch(root.GetProperty("t").GetString(), root.GetProperty("d"))) sessionAt ??= _time.GetUtcNow();
                        break;
                    case 1:
                        await SendAsync(connection, GatewayPayloads.Heartbeat(_sequence));  // the server asked: beat now, no zombie check
                        break;
                    case 7:
                        return Resume("reconnect requested (op 7)") with { SessionStartedAt = sessionAt };
                    case 9 when root.GetProperty("d").ValueKind == JsonValueKind.True:
                        return Resume("invalid session, resumable") with { SessionStartedAt = sessionAt };
                    case 9:
                        _session = null;
                        var wait = _options.InvalidSessionDelayMin + (_options.InvalidSessionDelayMax - _options.InvalidSessionDelayMin) * _random.NextDouble();
                        return new ConnectionOutcome(GatewayNext.Identify, null, "invalid session (op 9), new session", sessionAt, wait);
                    case 11:
                        connection.Acknowledged = true;
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (connection.Outcome ?? Resume("connection cancelled")) with { SessionStartedAt = sessionAt };
        }
        catch (Exception e) when (e is WebSocketException or IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (connection.Outcome ?? Resume($"connection lost: {e.Message}")) with { SessionStartedAt = sessionAt };
        }
        finally
        {
            await connectionCts.CancelAsync();
            await heartbeat;
            // 1000 ends the session (we are stopping); any other code keeps it resumable.
            await transport.CloseAsync(ct.IsCancellationRequested ? 1000 : 4000, ct.IsCancellationRequested ? "stopping" : "reconnecting");
        }
    }

    /// <summary>Handles a dispatch; true when it was READY or RESUMED.</summary>
    private bool OnDispatch(string? name, JsonElement d)
    {
        switch (name)
        {
            case "READY":
                _session = (d.GetProperty("session_id").GetString()!, new Uri(d.GetProperty("resume_gateway_url").GetString()!));
                Interlocked.Exchange(ref _applicationId, (long)ulong.Parse(d.GetProperty("application").GetProperty("id").GetString()!, CultureInfo.InvariantCulture));
                _logger.LogInformation("Discord gateway ready");
                return true;
            case "RESUMED":
                _logger.LogInformation("Discord gateway resumed at sequence {Sequence}", _sequence);
                return true;
            case "INTERACTION_CREATE":
                try
                {
                    var interaction = InteractionParser.Parse(d, _time.GetUtcNow());
                    _interactions.Writer.TryWrite(new InteractionReplies(interaction, _rest, _options, _time, _logger));
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    _logger.LogWarning(e, "An INTERACTION_CREATE we could not read was skipped");
                }
                return false;
            default:
                return false;
        }
    }

    private async Task HeartbeatAsync(Connection connection, TimeSpan interval)
    {
        var ct = connection.Cancellation.Token;
        try
        {
            await Task.Delay(interval * _random.NextDouble(), _time, ct);
            while (!ct.IsCancellationRequested)
            {
                if (!connection.Acknowledged)
                {
                    // A zombie: close with 4000 (1000/1001 would end the session), then the run loop resumes.
                    connection.Outcome = Resume("no heartbeat ACK (zombie connection)");
                    await connection.Transport.CloseAsync(4000, "zombie");
                    await connection.Cancellation.CancelAsync();
                    return;
                }
                connection.Acknowledged = false;
                await SendAsync(connection, GatewayPayloads.Heartbeat(_sequence));
                await Task.Delay(interval, _time, ct);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            await connection.Cancellation.CancelAsync();  // the reader ends with this connection
        }
    }

    private async Task<JsonDocument?> ReceiveStageAsync(Connection connection, TimeSpan timeout)
    {
        using var stage = StartStage(timeout, connection.Cancellation.Token);
        try
        {
            return await ReceiveAsync(connection, stage.Token);
        }
        catch (OperationCanceledException) when (!connection.Cancellation.IsCancellationRequested)
        {
            return null;  // the stage timed out
        }
    }

    private static async Task<JsonDocument?> ReceiveAsync(Connection connection, CancellationToken ct)
    {
        var received = await connection.Transport.ReceiveAsync(ct);
        if (!received.IsClose) return JsonDocument.Parse(received.Payload);
        var next = GatewayCloseCodes.Decide(received.CloseStatus);
        connection.Outcome = new ConnectionOutcome(next, received.CloseStatus,
            $"{GatewayCloseCodes.Describe(received.CloseStatus)} {received.CloseDescription}".Trim(), null, null);
        return null;
    }

    private async Task SendAsync(Connection connection, JsonObject payload)
    {
        await _sendLimiter.WaitAsync(connection.Cancellation.Token);
        await connection.Transport.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), connection.Cancellation.Token);
    }

    private static ConnectionOutcome Resume(string reason) => new(GatewayNext.Resume, null, reason, null, null);

    private StageTimeout StartStage(TimeSpan timeout, CancellationToken ct) => new(timeout, _time, ct);

    private TimeSpan Backoff(int failures) =>
        ReconnectBackoff.Delay(failures, _options.ReconnectBackoffBase, _options.ReconnectBackoffCap, _random.NextDouble());

    /// <summary>Discord's gateway URL (or resume_gateway_url, which needs them too) with v=10 and JSON encoding.</summary>
    private static Uri WithGatewayQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private sealed class Connection(IGatewayTransport transport, CancellationTokenSource cancellation)
    {
        private volatile bool _acknowledged = true;
        public IGatewayTransport Transport { get; } = transport;
        public CancellationTokenSource Cancellation { get; } = cancellation;
        public bool Acknowledged { get => _acknowledged; set => _acknowledged = value; }
        /// <summary>Why the connection ended, when something other than the reader decided it (heartbeater, a close frame).</summary>
        public ConnectionOutcome? Outcome { get; set; }
    }

    /// <summary>How a connection ended; SessionStartedAt is when READY/RESUMED came, if it did; Delay overrides the back-off.</summary>
    private sealed record ConnectionOutcome(GatewayNext Next, int? CloseCode, string Reason, DateTimeOffset? SessionStartedAt, TimeSpan? Delay);
}
