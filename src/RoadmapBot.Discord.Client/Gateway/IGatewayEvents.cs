using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>What the gateway hands to a bot: interactions, each with its reply handle, read off the socket (never on the reader).</summary>
public interface IGatewayEvents
{
    /// <summary>Connects, keeps the session alive (heartbeats, resume, re-identify) and completes when stopped or on a fatal close (4004, 4010–4014), which throws <see cref="GatewayFatalException"/>.</summary>
    Task RunAsync(CancellationToken ct);
    /// <summary>Each INTERACTION_CREATE with its reply handle (the acknowledgement watchdog already armed).</summary>
    IAsyncEnumerable<IInteractionReplies> ReadInteractionsAsync(CancellationToken ct);
    /// <summary>READY's server list, then each GUILD_CREATE and GUILD_DELETE: the bot added to or removed from a server (or the server in an outage).</summary>
    IAsyncEnumerable<GuildEvent> ReadGuildEventsAsync(CancellationToken ct);
    /// <summary>Each MESSAGE_CREATE (only with the GUILD_MESSAGES or DIRECT_MESSAGES intent): DMs and mentions, read as plain logs.</summary>
    IAsyncEnumerable<GatewayMessage> ReadMessagesAsync(CancellationToken ct);
    /// <summary>The bot's own user id, from READY: a message mentioning it, or replying to it, is meant for the bot.</summary>
    ulong? BotUserId { get; }
    /// <summary>The bot's own application id, from READY.</summary>
    ulong? ApplicationId { get; }
}

public sealed class GatewayFatalException(int closeCode, string reason) : Exception($"Discord gateway closed with {closeCode}: {reason}")
{
    public int CloseCode { get; } = closeCode;
}
