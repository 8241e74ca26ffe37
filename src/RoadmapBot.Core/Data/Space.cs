using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Data;

/// <summary>One chat (a private chat or a group) on one platform.</summary>
public sealed class Space
{
    public long Id { get; set; }
    public ChatPlatform Platform { get; set; }
    public required string ExternalId { get; set; }
    public bool IsGroup { get; set; }
    public string? TimeZone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The group's own schedules (digest, review) as JSON.</summary>
    public string Settings { get; set; } = "{}";
}
