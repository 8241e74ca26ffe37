using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Views;

/// <summary>This week's metrics against targets: weekly targets as they are, daily habits as days met of the days that count (<see cref="HabitDays"/>).</summary>
public static class WeekLines
{
    private const int CarriedShown = 10;

    /// <summary>"Carried over from last week: t5, t7": the keys of unfinished items, a few at most.</summary>
    public static void Carried(ReplyBuilder reply, string title, IReadOnlyList<StoredItem> items)
    {
        if (items.Count == 0)
            return;
        var spans = new List<Span> { $"{title}: " };
        foreach (var item in items.Take(CarriedShown))
            spans.AddRange(spans.Count > 1 ? [", ", Span.Code(item.Key)] : [Span.Code(item.Key)]);
        if (items.Count > CarriedShown)
            spans.Add($" … and {items.Count - CarriedShown} more");
        reply.Line([.. spans]);
    }

    public static void Add(ReplyBuilder reply, RoadmapView view, DailyTotals totals, HabitDays habitDays, DateOnly weekStart, DateOnly today)
    {
        var metrics = Metrics.Of(view, today);
        if (metrics.Count == 0)
            return;
        reply.Line(Span.Bold($"This week (since {Show.Short(weekStart)})"));
        foreach (var metric in metrics)
        {
            var sum = totals.Total(metric.Key, weekStart, today);
            string UnitAfter(double amount) => metric.Unit.Length > 0 ? $" {Quantity.Unit(amount, metric.Unit)}" : "";
            if (metric.WeeklyTarget is { } target)
                reply.Bullet(sum >= target ? "✅ " : "⬜ ", $"{metric.Key}: {Show.Number(sum)}/{Show.Number(target)}{UnitAfter(target)}");
            else if (metric.Habit is { Target: null } check)
                reply.Bullet($"{metric.Key}: {Days("done", habitDays.Of(check, totals, weekStart, today))}");
            else if (metric.Habit is { } habit)
                reply.Bullet($"{metric.Key}: {Show.Number(sum)}{UnitAfter(sum)}, {Days("target met", habitDays.Of(habit, totals, weekStart, today))}");
        }
    }

    // Only rest days so far leave nothing to count: "0/0 days" would read as a failure.
    private static string Days(string verb, (int Met, int Counted) days) =>
        days.Counted == 0 ? "rest days only so far" : $"{verb} {days.Met}/{days.Counted} days";
}
