using System.Buffers;
using System.Net.WebSockets;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>The gateway over ClientWebSocket: one send at a time, frames reassembled until EndOfMessage, close without waiting for the peer.</summary>
public sealed class WebSocketGatewayTransport : IGatewayTransport
{
    // A bound on socket I/O in real time (not logic the tests drive), so a dead peer cannot hold a reconnect.
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public Task ConnectAsync(Uri url, CancellationToken ct) => _socket.ConnectAsync(url, ct);

    public async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        await _sendLock.WaitAsync(ct);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<GatewayReceived> ReceiveAsync(CancellationToken ct)
    {
        var message = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await _socket.ReceiveAsync(message.GetMemory(4096), ct);
            if (result.MessageType == WebSocketMessageType.Close)
                return new GatewayReceived(default, true, (int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            message.Advance(result.Count);
            if (result.EndOfMessage) return new GatewayReceived(message.WrittenMemory);
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        // Not CloseAsync: it waits for the peer's close frame and can hang (dotnet/runtime#81762).
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            if (await _sendLock.WaitAsync(CloseTimeout))
            {
                try
                {
                    if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
                }
                finally
                {
                    _sendLock.Release();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is going anyway.
        }
        _socket.Abort();
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
