using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Charts;

/// <summary>
/// What the /streak heatmap shows: for each of the last 26 weeks' days, the share of habits met (0 to 1), the rest and
/// frozen days, and the streaks.
/// </summary>
public sealed record HabitCalendar(DateOnly Today, IReadOnlyDictionary<DateOnly, double> Met, int CurrentStreak, int BestStreak)
{
    public const int WeekCount = 26;

    public IReadOnlySet<DateOnly> RestDays { get; init; } = new HashSet<DateOnly>();
    public IReadOnlySet<DateOnly> FrozenDays { get; init; } = new HashSet<DateOnly>();

    /// <summary>The Monday of the first column: 25 weeks before this week's.</summary>
    public DateOnly First => StartFor(Today);

    public int DaysWithAll => Met.Count(d => d.Value >= 1);

    /// <summary>
    /// Each habit met or not as <see cref="DailyTotals.IsMet"/> decides, any activity when the roadmap has no habits;
    /// streaks, rest days and freezes as the streak rules gave them in <paramref name="streak"/>.
    /// </summary>
    public static HabitCalendar From(DailyTotals totals, IReadOnlyList<StoredHabit> habits, StreakCalendar streak, DateOnly today)
    {
        var first = StartFor(today);
        var met = new Dictionary<DateOnly, double>();
        for (var day = first; day <= today; day = day.AddDays(1))
            met[day] = habits.Count == 0
                ? (streak.StateOn(day) == DayState.Met ? 1 : 0)
                : (double)habits.Count(h => totals.IsMet(h, day)) / habits.Count;
        var shown = streak.Days.Where(d => d.Date >= first).ToList();
        return new HabitCalendar(today, met, streak.Current, streak.Best)
        {
            RestDays = shown.Where(d => d.State == DayState.Rest).Select(d => d.Date).ToHashSet(),
            FrozenDays = shown.Where(d => d.State == DayState.Frozen).Select(d => d.Date).ToHashSet(),
        };
    }

    private static DateOnly StartFor(DateOnly today) => Weeks.Start(today).AddDays(-7 * (WeekCount - 1));
}
