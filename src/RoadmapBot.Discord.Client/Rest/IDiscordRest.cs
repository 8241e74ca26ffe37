using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Rest;

/// <summary>The REST calls a bot makes. Rate limits, retries and auth are handled inside; failures throw <see cref="DiscordApiException"/>.</summary>
public interface IDiscordRest
{
    /// <summary>True once Discord answered 401 to the bot token: calls that need it fail at once; interaction answers still go.</summary>
    bool BotTokenRejected { get; }
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct);
    Task<IReadOnlyList<ApplicationCommand>> GetGlobalCommandsAsync(ulong applicationId, CancellationToken ct);
    Task BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct);
    Task CreateInteractionResponseAsync(ulong interactionId, string token, InteractionResponse response, CancellationToken ct);
    Task EditOriginalResponseAsync(ulong applicationId, string token, MessagePayload message, CancellationToken ct);
    Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string token, MessagePayload message, CancellationToken ct);
    Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload message, CancellationToken ct);
    /// <summary>POST /users/@me/channels: the DM channel with a user (the existing one if any).</summary>
    Task<ulong> CreateDmChannelAsync(ulong userId, CancellationToken ct);
    /// <summary>Downloads an attachment, refusing more than <paramref name="maxBytes"/> without reading the rest.</summary>
    Task<byte[]> DownloadAttachmentAsync(Uri url, long maxBytes, CancellationToken ct);
}

public sealed record GatewayBotInfo(Uri Url, int Shards, int SessionStartRemaining, TimeSpan SessionStartResetAfter, int MaxConcurrency);

/// <summary>A Discord error answer: HTTP status, Discord's JSON error code (50007 cannot DM, 10062 unknown interaction …) and message.</summary>
public sealed class DiscordApiException(int status, int? code, string message) : Exception($"Discord API {status}{(code is null ? "" : $" ({code})")}: {message}")
{
    public int Status { get; } = status;
    public int? Code { get; } = code;
}
