using RoadmapBot.Core.Reminders.Pacing;

namespace RoadmapBot.Discord.Reminders;

public static class DiscordPacing
{
    /// <summary>Discord's global 50 requests/s; its per-route buckets are answered with 429 and a retry-after.</summary>
    public static readonly PacingLimits Limits = new(50, null, null);
}
