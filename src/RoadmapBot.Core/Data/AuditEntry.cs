namespace RoadmapBot.Core.Data;

/// <summary>One change, with what <c>/undo</c> needs to take it back (<see cref="Undo"/>, JSON by <see cref="Kind"/>).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public long SpaceId { get; set; }
    public long? MemberId { get; set; }
    public DateTimeOffset At { get; set; }
    public AuditKind Kind { get; set; }
    public required string Command { get; set; }
    public string? Undo { get; set; }
    public bool Undone { get; set; }
}

/// <summary>What a change was; <see cref="Connection"/> (buddies, private links) is recorded so /undo says it can't take it back.</summary>
public enum AuditKind { ItemProgress, MetricLog, CheckIn, CriterionTick, ReviewAnswer, TimeZone, Roadmap, Plan, Reminders, GroupReminders, Settings, Replan, Connection }
