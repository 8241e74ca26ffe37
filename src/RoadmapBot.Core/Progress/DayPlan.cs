using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Progress;

/// <summary>One member's day: the weekday theme, each habit's state, the dated agenda, what is due today, overdue and due later this week.</summary>
public sealed record DayPlan(
    DateOnly Day,
    WeekdayTheme? Theme,
    IReadOnlyList<HabitState> Habits,
    IReadOnlyList<StoredItem> Agenda,
    IReadOnlyList<StoredItem> Due,
    IReadOnlyList<StoredItem> Overdue,
    IReadOnlyList<StoredItem> LaterThisWeek,
    IReadOnlyList<StoredItem> Open)
{
    public IEnumerable<StoredItem> NextUp(int count) =>
        Open.OrderBy(i => i.DueDate ?? DateOnly.MaxValue).ThenBy(i => i.Order).Take(count);

    public static DayPlan Compute(RoadmapView view, MemberProgress progress, DailyTotals totals, DateOnly day)
    {
        var open = view.Items.Where(i => progress.StatusOf(i) is not (ItemStatus.Done or ItemStatus.Skipped)).ToList();
        var weekEnd = Weeks.Start(day).AddDays(6);
        return new DayPlan(
            day,
            view.Extras.WeekdayThemes.FirstOrDefault(t => t.Days.Contains(day.DayOfWeek)),
            view.Habits.Select(h => new HabitState(h, totals.Total(h.Metric, day, day), totals.IsMet(h, day))).ToList(),
            view.Items.Where(i => i.DueDate == day && i.Slot is not null).OrderBy(i => i.Slot).ToList(),
            open.Where(i => i.DueDate == day && i.Slot is null).ToList(),
            open.Where(i => i.DueDate < day).ToList(),
            open.Where(i => i.DueDate > day && i.DueDate <= weekEnd).OrderBy(i => i.DueDate).ThenBy(i => i.Order).ToList(),
            open);
    }
}

/// <summary>A habit on one day: the amount logged and whether it is met.</summary>
public sealed record HabitState(StoredHabit Habit, double Total, bool Met)
{
    public double Remaining => Habit.Target is { } t ? Math.Max(0, t - Total) : 0;
}
