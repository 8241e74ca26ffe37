using RoadmapBot.Core.Progress;
using ScottPlot;

namespace RoadmapBot.Core.Charts;

/// <summary>
/// The /progress picture: one horizontal bar per phase under its title, done of total and the percent beside it, the
/// overall count in the title; below, the burn-up of items, and of hours when the roadmap has any. Pure: data in, PNG out.
/// </summary>
public static class ProgressChart
{
    public const int Width = ChartStyle.Width;

    private const int MaxTitleLength = 48;
    private const double Full = 100;     // a bar's length at 100 %
    private const double Right = 138;    // room beside the bars for "14/14 · 100%"

    /// <summary>70 pixels for each phase (one at least) below the title, so a phase keeps its room on a phone.</summary>
    public static int HeightFor(int phases) => 110 + 70 * Math.Max(1, phases);

    public static int HeightFor(int phases, BurnUp burnUp) => HeightFor(phases) + BurnUpChart.Height * (burnUp.TotalHours > 0 ? 2 : 1);

    public static byte[] Render(ProgressReport report, BurnUp burnUp) => ChartImage.Stack(Panels(report, burnUp));

    /// <summary>The same picture as SVG, for a web page: sharp at any width, its words readable as text.</summary>
    public static string RenderSvg(ProgressReport report, BurnUp burnUp) => ChartSvg.Of(Width, Panels(report, burnUp));

    internal static (Plot, int)[] Panels(ProgressReport report, BurnUp burnUp)
    {
        var panels = new List<(Plot, int)> { (Phases(report), HeightFor(report.Phases.Count)), (BurnUpChart.Panel(burnUp, hours: false), BurnUpChart.Height) };
        if (burnUp.TotalHours > 0)
            panels.Add((BurnUpChart.Panel(burnUp, hours: true), BurnUpChart.Height));
        return [.. panels];
    }

    private static Plot Phases(ProgressReport report)
    {
        var plot = new Plot();
        var font = ChartStyle.Font;
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Title($"Progress: {report.Done}/{report.Total} done ({report.Percent}%)", size: 32);
        plot.Axes.Title.Label.ForeColor = ChartStyle.Ink;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.FontName = font;

        var phases = report.Phases;
        var bars = new List<Bar>();
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            double y = phases.Count - 1 - i; // the first phase on top
            var percent = Show.Percent(phase.Done, phase.Total);
            bars.Add(new Bar { Position = y - 0.2, ValueBase = 0, Value = Full, FillColor = ChartStyle.Track, LineWidth = 0, Size = 0.4 });
            if (phase.Done > 0)
                bars.Add(new Bar { Position = y - 0.2, ValueBase = 0, Value = Full * phase.Done / Math.Max(1, phase.Total), FillColor = ChartStyle.Done, LineWidth = 0, Size = 0.4 });
            Text(plot, Title(phase), 0, y + 0.06, Alignment.LowerLeft, 24, bold: false, font);
            Text(plot, $"{phase.Done}/{phase.Total} · {percent}%", Full + 2, y - 0.2, Alignment.MiddleLeft, 24, bold: true, font);
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Right, plot.Axes.Bottom, plot.Axes.Top })
        {
            axis.IsVisible = false;
            axis.FrameLineStyle.Width = 0;
        }
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-3, Right, -0.6, Math.Max(1, phases.Count) - 0.45);
        return plot;
    }

    private static void Text(Plot plot, string text, double x, double y, Alignment alignment, float size, bool bold, string font)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelStyle.Alignment = alignment;
        label.LabelStyle.FontSize = size;
        label.LabelStyle.Bold = bold;
        label.LabelStyle.ForeColor = ChartStyle.Ink;
        label.LabelStyle.FontName = font;
    }

    private static string Title(PhaseProgress phase)
    {
        return $"{phase.Key}  {ChartStyle.Clip(phase.Title, MaxTitleLength)}";
    }
}
