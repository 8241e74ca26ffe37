using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using RoadmapBot.Discord.Client.Gateway;

namespace RoadmapBot.Discord.Tests.Fakes;

/// <summary>An in-memory gateway connection for tests on fake time: the test pushes what Discord says and reads what the client sent.</summary>
public sealed class ScriptedGatewayTransport : IGatewayTransport
{
    private readonly Channel<GatewayReceived> _inbound = Channel.CreateUnbounded<GatewayReceived>();

    public Uri? Url { get; private set; }
    public EventLog<JsonElement> Sent { get; } = new();
    public int? ClosedWith { get; private set; }

    public void Push(string json) => _inbound.Writer.TryWrite(new GatewayReceived(Encoding.UTF8.GetBytes(json)));

    public Task ConnectAsync(Uri url, CancellationToken ct)
    {
        Url = url;
        return Task.CompletedTask;
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        Sent.Add(JsonDocument.Parse(payload).RootElement.Clone());
        return Task.CompletedTask;
    }

    public async Task<GatewayReceived> ReceiveAsync(CancellationToken ct)
    {
        try
        {
            return await _inbound.Reader.ReadAsync(ct);
        }
        catch (ChannelClosedException)
        {
            throw new WebSocketException("closed");
        }
    }

    public Task CloseAsync(int code, string reason)
    {
        ClosedWith ??= code;
        _inbound.Writer.TryComplete();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
