using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Scheduling;

/// <summary>Whoever a schedule speaks to: one member (personal reminders) or a whole group space (digest).</summary>
public sealed record ReminderTarget
{
    public required long SpaceId { get; init; }
    public long? MemberId { get; init; }
    public required string Name { get; init; }
    public required string SpaceName { get; init; }
    public required TimeZoneInfo Zone { get; init; }
    public IReadOnlyList<(ReminderKind Kind, WeeklyTime Time)> Schedules { get; init; } = [];
    public IReadOnlyList<BusyWindow> Quiet { get; init; } = [];
    public DateOnly? PausedUntil { get; init; }

    /// <summary>When the schedules began: catch-up never reaches back before it.</summary>
    public DateTimeOffset Since { get; init; }

    /// <summary>Dated agenda slots (seed 004) still open for this member, as local start times.</summary>
    public IReadOnlyList<AgendaSlot> Agenda { get; init; } = [];

    /// <summary>A reminder the member asked to have again later (<c>/snooze 1h</c>).</summary>
    public (ReminderKind Kind, DateTimeOffset At)? Snoozed { get; init; }

    public string KeyPrefix => MemberId is { } m ? $"m{m}" : $"s{SpaceId}";
}

public sealed record AgendaSlot(string ItemKey, DateTime LocalStart);

/// <summary>An occurrence the planner decided on: to send (pending) or to record as skipped.</summary>
public sealed record PlannedReminder(string Key, ReminderKind Kind, string LocalOccurrence, DateTimeOffset DueAt, bool Skip, bool Late, string? Detail);
