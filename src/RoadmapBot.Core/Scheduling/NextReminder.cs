using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Scheduling;

/// <summary>When a schedule next sends, asked of <see cref="ReminderPlanner"/> (one model of reminder time, the one that sends).</summary>
public static class NextReminder
{
    // The kind only names the outbox key: when a schedule falls due does not depend on it.
    public static DateTimeOffset? Of(ScheduleSetting setting, TimeZoneInfo zone, IReadOnlyList<BusyWindow> quiet, DateOnly? pausedUntil, DateTimeOffset now) =>
        ReminderPlanner.NextSent(Target(zone, quiet, pausedUntil) with { Schedules = setting.Enabled ? [(ReminderKind.Kickoff, setting.Time)] : [] }, now);

    /// <summary>The first dated agenda slot (local start times) the planner sends after now.</summary>
    public static DateTimeOffset? Of(IEnumerable<DateTime> slots, TimeZoneInfo zone, IReadOnlyList<BusyWindow> quiet, DateOnly? pausedUntil, DateTimeOffset now) =>
        ReminderPlanner.NextSent(Target(zone, quiet, pausedUntil) with { Agenda = slots.Select(s => new AgendaSlot("", s)).ToList() }, now);

    private static ReminderTarget Target(TimeZoneInfo zone, IReadOnlyList<BusyWindow> quiet, DateOnly? pausedUntil) =>
        new() { SpaceId = 0, Name = "", SpaceName = "", Zone = zone, Quiet = quiet, PausedUntil = pausedUntil };
}
