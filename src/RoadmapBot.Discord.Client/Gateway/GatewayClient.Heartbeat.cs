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

// The heartbeater and the frame-level send and receive of one connection.
public sealed partial class GatewayClient
{
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
}
