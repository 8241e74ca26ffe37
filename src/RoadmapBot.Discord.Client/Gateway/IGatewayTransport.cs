namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>One gateway connection's socket: whole messages in and out. The seam the tests could replace; they use the real one against a fake server.</summary>
public interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri url, CancellationToken ct);
    /// <summary>Sends one text message; concurrent calls are serialized.</summary>
    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken ct);
    /// <summary>The next whole message (frames reassembled), or the peer's close. Throws when the connection drops without one.</summary>
    Task<GatewayReceived> ReceiveAsync(CancellationToken ct);
    /// <summary>Sends a close frame with <paramref name="code"/> (bounded, never waiting for the peer's) and drops the socket.</summary>
    Task CloseAsync(int code, string reason);
}

/// <summary>A whole message, or a close from the peer (CloseStatus set; null status when it closed without one).</summary>
public sealed record GatewayReceived(ReadOnlyMemory<byte> Payload, bool IsClose = false, int? CloseStatus = null, string? CloseDescription = null);
