using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Scheduling;

/// <summary>When a schedule next sends, as the planner would decide it: after any pause, deferred past quiet hours.</summary>
public static class NextReminder
{
    public static DateTimeOffset? Of(ScheduleSetting setting, TimeZoneInfo zone, IReadOnlyList<BusyWindow> quiet, DateOnly? pausedUntil, DateTimeOffset now)
    {
        if (!setting.Enabled || setting.Days.Count == 0)
            return null;
        var after = After(zone, pausedUntil, now);
        return OccurrenceCalculator.Next(setting.Time, zone, after) is { } next ? QuietHours.Defer(next.Instant, zone, quiet) : null;
    }

    /// <summary>The first dated agenda slot (local start times) after now and after any pause.</summary>
    public static DateTimeOffset? Of(IEnumerable<DateTime> slots, TimeZoneInfo zone, IReadOnlyList<BusyWindow> quiet, DateOnly? pausedUntil, DateTimeOffset now)
    {
        var after = After(zone, pausedUntil, now);
        var next = slots.Select(s => OccurrenceCalculator.ToInstant(s, zone)).Where(i => i > after).Order().Cast<DateTimeOffset?>().FirstOrDefault();
        return next is { } n ? QuietHours.Defer(n, zone, quiet) : null;
    }

    // A pause skips whole local days: nothing is sent before the day after it ends.
    private static DateTimeOffset After(TimeZoneInfo zone, DateOnly? pausedUntil, DateTimeOffset now)
    {
        if (pausedUntil is not { } paused)
            return now;
        var resume = OccurrenceCalculator.ToInstant(paused.AddDays(1).ToDateTime(TimeOnly.MinValue), zone).AddTicks(-1);
        return resume > now ? resume : now;
    }
}
