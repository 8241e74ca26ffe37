using RoadmapBot.Core.Charts;
using ScottPlot;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class ChartImageTests
{
    // Text, a bar, a dashed line and a legend near each panel's edges: what would show a blur, a shift or a bleed.
    private static (Plot, int)[] Panels() => [Panel("first", 300), Panel("second", 220), Panel("third", 180)];

    private static (Plot, int) Panel(string title, int height)
    {
        var plot = new Plot();
        plot.Title(title, size: 28);
        plot.Add.Bars([3.0, 5, 2]);
        var line = plot.Add.ScatterLine(new[] { 0.0, 1, 2 }, new[] { 1.0, 4, 2 });
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = "plan";
        plot.ShowLegend(Alignment.LowerRight);
        return (plot, height);
    }

    [Fact]
    public void Stack_GivesEachPanelPixelForPixelAsItsPlotDrawsAlone()
    {
        var png = ChartImage.Stack(Panels());

        PngAssert.Picture(png, ChartStyle.Width, 700);
        PngAssert.PanelsAsDrawnAlone(png, Panels());
    }
}
