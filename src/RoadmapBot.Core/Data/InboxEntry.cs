using System.ComponentModel.DataAnnotations;

namespace RoadmapBot.Core.Data;

/// <summary>
/// A platform update pushed to us (a webhook), stored before it is answered so a slow command never makes the platform
/// retry; one instance claims it for a lease, handles it and marks it handled.
/// </summary>
public sealed class InboxEntry
{
    [Key, MaxLength(100)]
    public required string Key { get; set; }

    /// <summary>The conversation it belongs to: one lane's updates are handled in <see cref="Sequence"/> order, lanes side by side.</summary>
    [MaxLength(100)]
    public required string Lane { get; set; }

    /// <summary>The platform's own order of updates (Telegram's update_id).</summary>
    public long Sequence { get; set; }

    /// <summary>The update as the platform sent it (JSON).</summary>
    public required string Payload { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    [MaxLength(200)]
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim holds; after it another instance takes the row (its claimer died).</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? HandledAt { get; set; }
}
