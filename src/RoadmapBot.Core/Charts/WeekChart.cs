using RoadmapBot.Core.Progress;
using ScottPlot;

namespace RoadmapBot.Core.Charts;

/// <summary>One of the week's numbers against its target, e.g. sql 16 of 28 problems; <see cref="Unit"/> may be empty.</summary>
public sealed record WeekBar(string Label, double Value, double Target, string Unit);

/// <summary>
/// The /week picture: a bar per metric, as far as the week got, with a dark marker at the weekly target and a thin one
/// where an even pace would be by the end of yesterday (today is still open). Green at the target, blue on pace, orange behind.
/// </summary>
public static class WeekChart
{
    private const double Left = 24;
    private const double Top = 80;
    private const double RowHeight = 96;
    private const double BarHeight = 36;
    private const double Scale = 600;   // pixels for 100 % of a target; a bar may run on to 125 %

    /// <summary>The week's bars as /week lists them: weekly targets as they are, a daily habit as days met of the week's days that count.</summary>
    public static List<WeekBar> Bars(RoadmapView view, DailyTotals totals, HabitDays habitDays, DateOnly weekStart, DateOnly today)
    {
        var bars = new List<WeekBar>();
        foreach (var metric in Metrics.Of(view, today))
        {
            if (metric.WeeklyTarget is { } target)
                bars.Add(new WeekBar(metric.Key, totals.Total(metric.Key, weekStart, today), target, metric.Unit));
            else if (metric.Habit is { } habit)
            {
                // The target is the whole week's days that count; the days so far give how many were met.
                var weekDays = habitDays.Of(habit, totals, weekStart, weekStart.AddDays(6)).Counted;
                bars.Add(new WeekBar($"{metric.Key}: days met", habitDays.Of(habit, totals, weekStart, today).Met, weekDays, "days"));
            }
        }
        return bars;
    }

    public static int HeightFor(int bars) => (int)(Top + RowHeight * Math.Max(1, bars) + 56);

    /// <param name="daysSoFar">Days of the week so far, today included (1 on Monday, 7 on Sunday).</param>
    public static byte[] Render(string title, IReadOnlyList<WeekBar> bars, int daysSoFar)
    {
        var canvas = new ChartCanvas(ChartStyle.Width, HeightFor(bars.Count));
        canvas.Text(title, ChartStyle.Width / 2.0, 14, 32, Alignment.UpperCenter, bold: true);
        if (bars.Count == 0)
            canvas.Text("No weekly targets in this roadmap", ChartStyle.Width / 2.0, Top + RowHeight / 2, 24, Alignment.MiddleCenter, color: ChartStyle.Muted);
        var pace = (Math.Clamp(daysSoFar, 1, 7) - 1) / 7.0;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * RowHeight;
            var unit = bar.Unit.Length > 0 ? " " + bar.Unit : "";
            canvas.Text(ChartStyle.Clip(bar.Label, 30), Left, y, 24, bold: true);
            canvas.Text($"{Show.Number(bar.Value)} / {Show.Number(bar.Target)}{unit}", ChartStyle.Width - Left, y, 24, Alignment.UpperRight);
            var top = y + 38;
            canvas.Box(Left, top, Scale, BarHeight, ChartStyle.Track);
            var share = bar.Target <= 0 ? 0 : bar.Value / bar.Target;
            var color = share >= 1 ? ChartStyle.Good : share >= pace ? ChartStyle.Done : ChartStyle.Behind;
            if (share > 0)
                canvas.Box(Left, top, Scale * Math.Min(share, 1.25), BarHeight, color);
            canvas.Line(Left + Scale * pace, top - 4, Left + Scale * pace, top + BarHeight + 4, ChartStyle.Muted, 3);
            canvas.Line(Left + Scale, top - 8, Left + Scale, top + BarHeight + 8, ChartStyle.Ink, 6);
        }
        if (bars.Count > 0)
            canvas.Text("black mark: weekly target · grey mark: even pace to yesterday", Left, Top + RowHeight * bars.Count + 4, 20, color: ChartStyle.Muted);
        return canvas.ToPng();
    }
}
