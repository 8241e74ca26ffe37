using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>This week's metrics against targets: weekly targets as they are, daily habits as days met.</summary>
public static class WeekLines
{
    public static void Add(ReplyBuilder reply, RoadmapView view, DailyTotals totals, DateOnly weekStart, DateOnly today)
    {
        var metrics = Metrics.Of(view, today);
        if (metrics.Count == 0)
            return;
        reply.Line(Span.Bold($"This week (since {Show.Short(weekStart)})"));
        var daysSoFar = today.DayNumber - weekStart.DayNumber + 1;
        foreach (var metric in metrics)
        {
            var sum = totals.Total(metric.Key, weekStart, today);
            var unit = metric.Unit.Length > 0 ? $" {metric.Unit}" : "";
            if (metric.WeeklyTarget is { } target)
                reply.Bullet(sum >= target ? "✅ " : "⬜ ", $"{metric.Key}: {Show.Number(sum)}/{Show.Number(target)}{unit}");
            else if (metric.Habit is { Target: null } check)
                reply.Bullet($"{metric.Key}: done {totals.DaysMet(check, weekStart, today)}/{daysSoFar} days");
            else if (metric.Habit is { } habit)
                reply.Bullet($"{metric.Key}: {Show.Number(sum)}{unit}, target met {totals.DaysMet(habit, weekStart, today)}/{daysSoFar} days");
        }
    }
}
