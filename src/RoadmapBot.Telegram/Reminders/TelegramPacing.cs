using RoadmapBot.Core.Reminders.Pacing;

namespace RoadmapBot.Telegram.Reminders;

public static class TelegramPacing
{
    /// <summary>Telegram's documented bot limits: about 30 messages/s overall, 1/s per chat, 20/min per group.</summary>
    public static readonly PacingLimits Limits = new(30, 1, 20);
}
