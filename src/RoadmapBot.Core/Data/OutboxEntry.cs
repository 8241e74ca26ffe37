using System.ComponentModel.DataAnnotations;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Data;

/// <summary>
/// One occurrence of a reminder, recorded before it is handed to a platform. The unique <see cref="Key"/>
/// (member or space, kind, local occurrence) is what makes every occurrence go out at most once.
/// </summary>
public sealed class OutboxEntry
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public long SpaceId { get; set; }
    public long? MemberId { get; set; }
    public ReminderKind Kind { get; set; }

    /// <summary>The local date and time the occurrence stands for, e.g. 2026-03-30T08:00.</summary>
    public required string LocalOccurrence { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public bool Late { get; set; }
    public OutboxState State { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>The process that claimed the row to send it (<see cref="OutboxState.Sending"/>), and when.</summary>
    [MaxLength(200)]
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? Detail { get; set; }
}

/// <summary>Sending: claimed by one process and handed to the platform; a row left so by a dead process is in doubt.</summary>
public enum OutboxState { Pending, Sent, Skipped, Failed, Sending }
