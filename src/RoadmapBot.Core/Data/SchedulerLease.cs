namespace RoadmapBot.Core.Data;

/// <summary>The one process allowed to send reminders from this database, until <see cref="ExpiresAt"/>.</summary>
public sealed class SchedulerLease
{
    public const string SingleName = "reminders";

    public required string Name { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Every occurrence up to this instant has been recorded in the outbox.</summary>
    public DateTimeOffset? CheckedUntil { get; set; }
}
