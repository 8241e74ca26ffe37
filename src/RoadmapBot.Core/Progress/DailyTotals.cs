using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// A member's logs and check-ins by local day: totals, habits met, streaks. Logs and check-ins may be loaded from
/// <paramref name="since"/> on only; the days with any activity are always all of them.
/// </summary>
public sealed class DailyTotals(IReadOnlyList<MetricLog> logs, IReadOnlyList<HabitCheckIn> checkIns, IReadOnlySet<DateOnly> activeDays, DateOnly since)
{
    public double Total(string metric, DateOnly from, DateOnly to)
    {
        // A day before the loaded logs would silently count as empty.
        ArgumentOutOfRangeException.ThrowIfLessThan(from, since);
        var key = Metrics.Normalize(metric);
        return logs.Where(l => l.LocalDate >= from && l.LocalDate <= to && Metrics.Normalize(l.Metric) == key).Sum(l => l.Amount);
    }

    public bool IsMet(StoredHabit habit, DateOnly day) =>
        checkIns.Any(c => c.HabitKey == habit.Key && c.LocalDate == day)
        || (habit.Target is { } target ? Total(habit.Metric, day, day) >= target : Total(habit.Metric, day, day) > 0);

    public int DaysMet(StoredHabit habit, DateOnly from, DateOnly to) =>
        Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Count(i => IsMet(habit, from.AddDays(i)));

    /// <summary>Days between two dates (inclusive) with anything logged or checked.</summary>
    public int DaysActive(DateOnly from, DateOnly to) => activeDays.Count(d => d >= from && d <= to);

    /// <summary>Days in a row with anything logged or checked, up to today (or yesterday, while today is still open).</summary>
    public int Streak(DateOnly today) => Run(today, activeDays.Contains);

    public int HabitStreak(StoredHabit habit, DateOnly today) => Run(today, day => IsMet(habit, day));

    private static int Run(DateOnly today, Func<DateOnly, bool> counts)
    {
        var day = counts(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (counts(day))
        {
            streak++;
            day = day.AddDays(-1);
        }
        return streak;
    }

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
