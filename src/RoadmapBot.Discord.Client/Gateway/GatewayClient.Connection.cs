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

// One connection: Hello, IDENTIFY or RESUME, the receive loop and its dispatches.
public sealed partial class GatewayClient
{
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
                await _identify.WaitAsync(_shard.Id, connectionCts.Token);
                await SendAsync(connection, GatewayPayloads.Identify(_options, _shard));
                _identify.Record(_shard.Id);
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
                if (d.TryGetProperty("user", out var user) && user.TryGetProperty("id", out var userId))
                    Interlocked.Exchange(ref _botUserId, (long)ulong.Parse(userId.GetString()!, CultureInfo.InvariantCulture));
                _logger.LogInformation("Discord gateway ready (shard {Shard})", _shard);
                try
                {
                    _guilds.Writer.TryWrite(GuildEventParser.Ready(d));
                }
                catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    _logger.LogWarning(e, "READY's server list could not be read; servers left while offline stay as they were");
                }
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
            case "MESSAGE_CREATE":
                try
                {
                    _messages.Writer.TryWrite(MessageEventParser.Parse(d));
                }
                catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    _logger.LogWarning(e, "A MESSAGE_CREATE we could not read was skipped");
                }
                return false;
            case "GUILD_CREATE" or "GUILD_DELETE":
                try
                {
                    _guilds.Writer.TryWrite(name == "GUILD_CREATE" ? GuildEventParser.Created(d) : GuildEventParser.Deleted(d));
                }
                catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    _logger.LogWarning(e, "A {Event} we could not read was skipped", name);
                }
                return false;
            default:
                return false;
        }
    }


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
