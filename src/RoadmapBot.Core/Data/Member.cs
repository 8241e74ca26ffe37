namespace RoadmapBot.Core.Data;

/// <summary>A person in a space; progress, logs and settings belong to the member.</summary>
public sealed class Member
{
    public long Id { get; set; }
    public long SpaceId { get; set; }
    public required string UserId { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>The member's handle on the platform as of their last message (a Telegram @username): commands find them by it too.</summary>
    public string? Username { get; set; }
    public bool IsAdmin { get; set; }

    /// <summary>When the platform last answered whether this group member is an admin.</summary>
    public DateTimeOffset? AdminConfirmedAt { get; set; }
    public string? TimeZone { get; set; }

    /// <summary>Personal schedule settings (reminders, quiet hours, pause) as JSON.</summary>
    public string Settings { get; set; } = "{}";
    public DateTimeOffset JoinedAt { get; set; }

    /// <summary>When the platform said the member left the group: out of its board, digest and reminders, their data kept, until they return or write.</summary>
    public DateTimeOffset? LeftAt { get; set; }

    /// <summary>Set on a private-chat account linked to the person's account on another platform: every command acts as that member.</summary>
    public long? LinkedToMemberId { get; set; }
}
