namespace RoadmapBot.Core.Scheduling;

/// <summary>
/// Pure decisions of the scheduler: which occurrences of a target's schedules fall in a window, when each is due
/// after quiet-hour deferral, and whether it is sent (late after downtime) or skipped (paused, or past its grace).
/// </summary>
public static class ReminderPlanner
{
    /// <summary>A reminder sent more than this after its time counts as late.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(2);

    /// <summary>The one rule for "late", whoever decided the row: the tick that sends it began more than <see cref="LateAfter"/> after it was due.</summary>
    public static bool IsLate(DateTimeOffset dueAt, DateTimeOffset tick) => tick - dueAt > LateAfter;

    public static IEnumerable<PlannedReminder> Plan(ReminderTarget target, DateTimeOffset after, DateTimeOffset now)
    {
        var from = after > target.Since ? after : target.Since;
        foreach (var (kind, localKey, key, dueAt, localDate) in Occurrences(target, from, now))
        {
            if (Paused(target, localDate) is { } paused)
                yield return new(key, kind, localKey, dueAt, Skip: true, Late: false, $"paused until {paused:yyyy-MM-dd}");
            else if (now - dueAt > ReminderDefaults.Grace(kind))
                yield return new(key, kind, localKey, dueAt, Skip: true, Late: false, "missed: the bot was not running within its grace window");
            else
                yield return new(key, kind, localKey, dueAt, Skip: false, Late: IsLate(dueAt, now), null);
        }
    }

    /// <summary>The occurrences whose scheduled time is in (from, until], each with its due time after deferral.</summary>
    public static IEnumerable<(ReminderKind Kind, string LocalKey, string Key, DateTimeOffset DueAt, DateOnly LocalDate)> Occurrences(
        ReminderTarget target, DateTimeOffset from, DateTimeOffset until)
    {
        foreach (var (kind, time) in target.Schedules)
            foreach (var o in OccurrenceCalculator.Between(time, target.Zone, from, until))
                yield return (kind, o.LocalKey, $"{target.KeyPrefix}:{Name(kind)}:{o.LocalKey}", QuietHours.Defer(o.Instant, target.Zone, target.Quiet), o.LocalDate);
        if (target.Snoozed is var (snoozedKind, at) && at > from && at <= until)
        {
            var local = TimeZoneInfo.ConvertTime(at, target.Zone).DateTime;
            var localKey = $"{local:yyyy-MM-dd'T'HH:mm}";
            yield return (snoozedKind, localKey, $"{target.KeyPrefix}:{Name(snoozedKind)}:snoozed:{localKey}", at, DateOnly.FromDateTime(local));
        }
        foreach (var slot in target.Agenda)
        {
            var instant = OccurrenceCalculator.ToInstant(slot.LocalStart, target.Zone);
            if (instant <= from || instant > until) continue;
            var localKey = $"{slot.LocalStart:yyyy-MM-dd'T'HH:mm}";
            yield return (ReminderKind.Agenda, localKey, $"{target.KeyPrefix}:agenda:{slot.ItemKey}:{localKey}", QuietHours.Defer(instant, target.Zone, target.Quiet),
                DateOnly.FromDateTime(slot.LocalStart));
        }
    }

    /// <summary>The next instant anything of this target falls due after <paramref name="now"/>, within eight days.</summary>
    public static DateTimeOffset? Next(ReminderTarget target, DateTimeOffset now) =>
        Occurrences(target, now, now.AddDays(8)).Select(o => (DateTimeOffset?)o.DueAt).Min();

    /// <summary>
    /// The first time after <paramref name="now"/> the planner sends one of this target's reminders: paused days skipped,
    /// quiet hours deferred (an occurrence already past whose deferral ends after now still counts).
    /// </summary>
    public static DateTimeOffset? NextSent(ReminderTarget target, DateTimeOffset now)
    {
        var from = now.AddDays(-2) > target.Since ? now.AddDays(-2) : target.Since;  // a deferral never reaches two days
        var resumes = target.PausedUntil is { } p ? OccurrenceCalculator.ToInstant(p.AddDays(1).ToDateTime(TimeOnly.MinValue), target.Zone) : now;
        var until = (resumes > now ? resumes : now).AddDays(8);
        return Occurrences(target, from, until).Where(o => o.DueAt > now && Paused(target, o.LocalDate) is null)
            .Select(o => (DateTimeOffset?)o.DueAt).Min();
    }

    // A pause skips whole local days, through the day it ends.
    private static DateOnly? Paused(ReminderTarget target, DateOnly localDate) =>
        target.PausedUntil is { } paused && localDate <= paused ? paused : null;

    public static string Name(ReminderKind kind) => kind.ToString().ToLowerInvariant();
}
