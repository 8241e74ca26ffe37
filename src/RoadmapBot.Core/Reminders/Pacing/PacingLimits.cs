namespace RoadmapBot.Core.Reminders.Pacing;

/// <summary>How fast one platform accepts messages: overall, per chat, and per group chat. Null means no such limit; each adapter gives its own.</summary>
public sealed record PacingLimits(int PerSecond, int? PerChatPerSecond, int? PerGroupPerMinute);
