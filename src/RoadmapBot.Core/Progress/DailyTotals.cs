using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// A member's logs and check-ins by local day: totals, habits met, streaks. Logs and check-ins may be loaded from
/// <paramref name="since"/> on only; the days with any activity are always all of them.
/// </summary>
public sealed class DailyTotals(IReadOnlyList<MetricLog> logs, IReadOnlyList<HabitCheckIn> checkIns, IReadOnlySet<DateOnly> activeDays, DateOnly since)
{
    private HashSet<(string HabitKey, DateOnly Day)>? _checked;
    private ILookup<DateOnly, MetricLog>? _byDay;

    public double Total(string metric, DateOnly from, DateOnly to)
    {
        // A day before the loaded logs would silently count as empty.
        ArgumentOutOfRangeException.ThrowIfLessThan(from, since);
        var key = Metrics.Normalize(metric);
        return logs.Where(l => l.LocalDate >= from && l.LocalDate <= to && Metrics.Normalize(l.Metric) == key).Sum(l => l.Amount);
    }

    public bool IsMet(StoredHabit habit, DateOnly day)
    {
        // Streaks ask this for every day since the first log: look days up rather than scan every log each time.
        _checked ??= checkIns.Select(c => (c.HabitKey, c.LocalDate)).ToHashSet();
        _byDay ??= logs.ToLookup(l => l.LocalDate);
        if (_checked.Contains((habit.Key, day)))
            return true;
        ArgumentOutOfRangeException.ThrowIfLessThan(day, since);
        var key = Metrics.Normalize(habit.Metric);
        var total = _byDay[day].Where(l => Metrics.Normalize(l.Metric) == key).Sum(l => l.Amount);
        return habit.Target is { } target ? total >= target : total > 0;
    }

    public int DaysMet(StoredHabit habit, DateOnly from, DateOnly to) =>
        Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Count(i => IsMet(habit, from.AddDays(i)));

    /// <summary>Days between two dates (inclusive) with anything logged or checked.</summary>
    public int DaysActive(DateOnly from, DateOnly to) => activeDays.Count(d => d >= from && d <= to);

    /// <summary>Days with anything logged or checked, day by day up to today, with the member's rest days and freezes.</summary>
    public StreakCalendar Streaks(DateOnly today, StreakRules rules) => StreakCalendar.Compute(activeDays.Contains, rules, First, today);

    /// <summary>A habit's own streak: rest days and the days a freeze covered in <paramref name="overall"/> bridge it too.</summary>
    public int HabitStreak(StoredHabit habit, DateOnly today, StreakRules rules, StreakCalendar overall)
    {
        var bridged = overall.Days.Where(d => d.State == DayState.Frozen).Select(d => d.Date).Concat(rules.RestDays).ToHashSet();
        return StreakCalendar.Compute(day => IsMet(habit, day), new StreakRules(bridged, 0), First, today).Current;
    }

    private DateOnly? First => activeDays.Count == 0 ? null : activeDays.Min();

    /// <summary>Every log and check-in the member has: what habit streaks need.</summary>
    public static async Task<DailyTotals> LoadAsync(RoadmapDbContext db, long memberId, CancellationToken ct)
    {
        var logs = await db.MetricLogs.AsNoTracking().Where(l => l.MemberId == memberId).ToListAsync(ct);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.MemberId == memberId).ToListAsync(ct);
        return new(logs, checkIns, new HashSet<DateOnly>([.. logs.Select(l => l.LocalDate), .. checkIns.Select(c => c.LocalDate)]), DateOnly.MinValue);
    }

    /// <summary>Logs and check-ins from <paramref name="since"/> on, and the active days from the (member, date) indexes alone.</summary>
    public static async Task<DailyTotals> LoadSinceAsync(RoadmapDbContext db, long memberId, DateOnly since, CancellationToken ct)
    {
        var logs = await db.MetricLogs.AsNoTracking().Where(l => l.MemberId == memberId && l.LocalDate >= since).ToListAsync(ct);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.MemberId == memberId && c.LocalDate >= since).ToListAsync(ct);
        var days = await db.MetricLogs.Where(l => l.MemberId == memberId).Select(l => l.LocalDate)
            .Union(db.CheckIns.Where(c => c.MemberId == memberId).Select(c => c.LocalDate))
            .ToListAsync(ct);
        return new(logs, checkIns, days.ToHashSet(), since);
    }
}
