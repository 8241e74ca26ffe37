namespace RoadmapBot.Core.Reminders.Pacing;

/// <summary>How fast one platform accepts messages: overall, per chat, and per group chat. Null means no such limit.</summary>
public sealed record PacingLimits(int PerSecond, int? PerChatPerSecond, int? PerGroupPerMinute)
{
    /// <summary>Telegram's documented bot limits: about 30 messages/s overall, 1/s per chat, 20/min per group.</summary>
    public static readonly PacingLimits Telegram = new(30, 1, 20);

    /// <summary>Discord's global 50 requests/s; its per-route buckets are answered with 429 and a retry-after.</summary>
    public static readonly PacingLimits Discord = new(50, null, null);
}
