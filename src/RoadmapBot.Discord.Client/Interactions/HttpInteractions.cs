using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Interactions;

/// <summary>
/// Interactions Discord POSTs to the Interactions Endpoint URL: the signature checked, PING answered with PONG, every other
/// handed to the bot with the same reply handle the gateway gives (answers go to the callback endpoint, a watchdog defers),
/// and the request itself answered 202 once that first callback went out, as Discord asks when the callback is a request.
/// Without a signature (no public key configured) every request is refused.
/// </summary>
public sealed class HttpInteractions(InteractionSignature? signature, IDiscordRest rest, DiscordClientOptions options, TimeProvider time, ILogger<HttpInteractions> logger)
{
    private readonly Channel<IInteractionReplies> _received = Channel.CreateUnbounded<IInteractionReplies>();

    /// <summary>Each verified interaction with its reply handle (the acknowledgement watchdog already armed).</summary>
    public IAsyncEnumerable<IInteractionReplies> ReadAsync(CancellationToken ct) => _received.Reader.ReadAllAsync(ct);

    public async Task<HttpInteractionAnswer> ReceiveAsync(string? signatureHex, string? timestamp, byte[] body, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (signature?.IsValid(signatureHex, timestamp, body, now) != true)
            return HttpInteractionAnswer.Unauthorized;
        Interaction interaction;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("type", out var type) &&
                type.ValueKind == JsonValueKind.Number && type.GetInt32() == (int)InteractionType.Ping)
                return HttpInteractionAnswer.Pong;
            interaction = InteractionParser.Parse(json.RootElement, now);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            logger.LogWarning("A signed interaction we could not read was refused: {Reason}", e.Message);
            return HttpInteractionAnswer.BadRequest;
        }
        var replies = new InteractionReplies(interaction, rest, options, time, logger);
        _received.Writer.TryWrite(replies);
        // Bounded: an interaction the bot drops unanswered (too old) must not hold the request open.
        await Task.WhenAny(replies.FirstAnswer, Task.Delay(Interaction.AnswerWindow, time, ct));
        return HttpInteractionAnswer.Accepted;
    }
}

/// <summary>What the endpoint answers Discord: a status and, for PONG, its JSON body.</summary>
public sealed record HttpInteractionAnswer(int Status, string? Json)
{
    public static readonly HttpInteractionAnswer Unauthorized = new(401, null);
    public static readonly HttpInteractionAnswer BadRequest = new(400, null);
    public static readonly HttpInteractionAnswer Pong = new(200, """{"type":1}""");
    public static readonly HttpInteractionAnswer Accepted = new(202, null);
}
