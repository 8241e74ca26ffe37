using System.Globalization;
using RoadmapBot.Core.Progress;
using ScottPlot;

namespace RoadmapBot.Core.Charts;

/// <summary>
/// A burn-up panel: the plan as a dashed grey line through each due date's running total, what is done as a blue step
/// line, and a dotted orange line from today to the projected finish. Items and hours each get one.
/// </summary>
public static class BurnUpChart
{
    public const int Height = 460;

    public static Plot Panel(BurnUp burnUp, bool hours)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        var total = hours ? burnUp.TotalHours : burnUp.Total;
        var now = Value(burnUp.Now, hours);
        plot.Title(hours ? $"Hours: {Show.Number(now)} of {Show.Number(total)}" : $"Items: {now} of {total}", size: 28);
        plot.Axes.Title.Label.FontName = ChartStyle.Font;
        plot.Axes.Title.Label.ForeColor = ChartStyle.Ink;

        var undated = burnUp.Planned.Count == 1;
        var planned = Line(plot, burnUp.Planned, hours, ChartStyle.Muted, undated ? "" : "plan");
        planned.LinePattern = LinePattern.Dashed;
        var done = Line(plot, burnUp.Actual, hours, ChartStyle.Done, "done");
        done.ConnectStyle = ConnectStyle.StepHorizontal;
        done.LineWidth = 5;
        var end = burnUp.Planned[^1].Day > burnUp.Today ? burnUp.Planned[^1].Day : burnUp.Today.AddDays(7);
        if (burnUp.ProjectedFinish is { } finish && finish > burnUp.Today)
        {
            // A finish far past the plan is cut at the edge, the text says the date.
            var limit = end.AddDays(Math.Max(30, (end.DayNumber - burnUp.Start.DayNumber) / 2));
            var shown = finish < limit ? finish : limit;
            var reached = now + (total - now) * (shown.DayNumber - burnUp.Today.DayNumber) / (finish.DayNumber - burnUp.Today.DayNumber);
            var pace = plot.Add.ScatterLine(new[] { X(burnUp.Today), X(shown) }, new[] { now, reached }, ChartStyle.Behind);
            pace.LineWidth = 4;
            pace.LinePattern = LinePattern.Dotted;
            pace.LegendText = $"at this pace: {Show.Short(finish)}";
            end = shown > end ? shown : end;
        }
        var today = plot.Add.VerticalLine(X(burnUp.Today), 2, ChartStyle.Ink, LinePattern.Dotted);
        today.LegendText = "today";

        plot.Axes.Bottom.TickGenerator = DateTicks(burnUp.Start, end);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 22;
            axis.TickLabelStyle.FontName = ChartStyle.Font;
            axis.TickLabelStyle.ForeColor = ChartStyle.Ink;
        }
        plot.Axes.SetLimits(X(burnUp.Start), X(end), 0, Math.Max(1, total) * 1.05);
        if (undated)
        {
            // Without due dates there is no plan line to draw; say how to get one where it would be.
            var hint = plot.Add.Text("no due dates yet: /plan start DATE", (X(burnUp.Start) + X(end)) / 2, Math.Max(1, total) * 0.6);
            hint.LabelStyle.Alignment = Alignment.MiddleCenter;
            hint.LabelStyle.FontSize = 24;
            hint.LabelStyle.FontName = ChartStyle.Font;
            hint.LabelStyle.ForeColor = ChartStyle.Muted;
        }
        plot.Legend.FontSize = 22;
        plot.Legend.FontName = ChartStyle.Font;
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static ScottPlot.Plottables.Scatter Line(Plot plot, IReadOnlyList<BurnUpPoint> points, bool hours, Color color, string label)
    {
        var line = plot.Add.ScatterLine(points.Select(p => X(p.Day)).ToArray(), points.Select(p => Value(p, hours)).ToArray(), color);
        line.LineWidth = 3;
        line.LegendText = label;
        return line;
    }

    /// <summary>"Jan 26" at month starts, every 1, 2, 3, 6 or 12 months so that about five fit; "12 Jan" on Mondays for a plan under two months.</summary>
    private static ScottPlot.TickGenerators.NumericManual DateTicks(DateOnly from, DateOnly to)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (months < 2)
        {
            var weeks = (to.DayNumber - from.DayNumber) / 7 > 5 ? 14 : 7;
            for (var monday = Weeks.Start(from); monday <= to; monday = monday.AddDays(weeks))
                if (monday >= from)
                    ticks.AddMajor(X(monday), monday.ToString("d MMM", CultureInfo.InvariantCulture));
            return ticks;
        }
        var step = new[] { 1, 2, 3, 6, 12 }.FirstOrDefault(s => months / s <= 5, 24);
        for (var month = new DateOnly(from.Year, 1, 1); month <= to; month = month.AddMonths(step))
            if (month >= from)
                ticks.AddMajor(X(month), month.ToString("MMM yy", CultureInfo.InvariantCulture));
        return ticks;
    }

    private static double Value(BurnUpPoint point, bool hours) => hours ? point.Hours : point.Items;

    private static double X(DateOnly day) => day.ToDateTime(TimeOnly.MinValue).ToOADate();
}
