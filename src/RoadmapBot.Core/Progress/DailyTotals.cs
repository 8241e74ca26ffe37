using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>A member's logs and check-ins by local day: totals, habits met, streaks.</summary>
public sealed class DailyTotals(IReadOnlyList<MetricLog> logs, IReadOnlyList<HabitCheckIn> checkIns)
{
    private readonly HashSet<DateOnly> _activeDays = [.. logs.Select(l => l.LocalDate), .. checkIns.Select(c => c.LocalDate)];

    public double Total(string metric, DateOnly from, DateOnly to)
    {
        var key = Metrics.Normalize(metric);
        return logs.Where(l => l.LocalDate >= from && l.LocalDate <= to && Metrics.Normalize(l.Metric) == key).Sum(l => l.Amount);
    }

    public bool IsMet(StoredHabit habit, DateOnly day) =>
        checkIns.Any(c => c.HabitKey == habit.Key && c.LocalDate == day)
        || (habit.Target is { } target ? Total(habit.Metric, day, day) >= target : Total(habit.Metric, day, day) > 0);

    public int DaysMet(StoredHabit habit, DateOnly from, DateOnly to) =>
        Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Count(i => IsMet(habit, from.AddDays(i)));

    /// <summary>Days between two dates (inclusive) with anything logged or checked.</summary>
    public int DaysActive(DateOnly from, DateOnly to) => _activeDays.Count(d => d >= from && d <= to);

    /// <summary>Days in a row with anything logged or checked, up to today (or yesterday, while today is still open).</summary>
    public int Streak(DateOnly today) => Run(today, _activeDays.Contains);

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

    public static async Task<DailyTotals> LoadAsync(RoadmapDbContext db, long memberId, CancellationToken ct) => new(
        await db.MetricLogs.AsNoTracking().Where(l => l.MemberId == memberId).ToListAsync(ct),
        await db.CheckIns.AsNoTracking().Where(c => c.MemberId == memberId).ToListAsync(ct));
}
