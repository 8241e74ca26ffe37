using ScottPlot;

namespace RoadmapBot.Core.Charts;

/// <summary>
/// A plot used as a plain drawing surface: no axes, one unit per pixel, y counted from the top. Table-like charts
/// (board, week, calendar) place boxes and words exactly where a phone reader expects them.
/// </summary>
public sealed class ChartCanvas
{
    private readonly Plot _plot = new();

    public ChartCanvas(int width, int height)
    {
        (Width, Height) = (width, height);
        _plot.FigureBackground.Color = Colors.White;
        _plot.DataBackground.Color = Colors.White;
        _plot.Layout.Frameless();
        _plot.HideGrid();
        _plot.Axes.SetLimits(0, width, 0, height);
    }

    public int Width { get; }
    public int Height { get; }

    public void Box(double left, double top, double width, double height, Color fill, Color? outline = null)
    {
        var box = _plot.Add.Rectangle(left, left + width, Height - top - height, Height - top);
        box.FillColor = fill;
        box.LineWidth = outline is null ? 0 : 3;
        box.LineColor = outline ?? fill;
    }

    public void Line(double x1, double y1, double x2, double y2, Color color, float width)
    {
        var line = _plot.Add.Line(x1, Height - y1, x2, Height - y2);
        line.LineWidth = width;
        line.LineColor = color;
        line.MarkerSize = 0;
    }

    public void Text(string text, double x, double y, float size, Alignment alignment = Alignment.UpperLeft, bool bold = false, Color? color = null)
    {
        var label = _plot.Add.Text(text, x, Height - y);
        label.LabelStyle.Alignment = alignment;
        label.LabelStyle.FontSize = size;
        label.LabelStyle.Bold = bold;
        label.LabelStyle.ForeColor = color ?? ChartStyle.Ink;
        label.LabelStyle.FontName = ChartStyle.Font;
    }

    public byte[] ToPng() => _plot.GetImageBytes(Width, Height, ImageFormat.Png);

    public string ToSvg() => ChartSvg.Of(Width, (_plot, Height));
}
