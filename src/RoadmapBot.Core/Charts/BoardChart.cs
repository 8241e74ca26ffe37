using ScottPlot;

namespace RoadmapBot.Core.Charts;

/// <summary>
/// One number of one member: the words shown, and the value that fills the cell's bar, out of <paramref name="Of"/> or,
/// without it, out of the column's largest value; a warning shows in orange.
/// </summary>
public sealed record BoardCell(string Text, double Value, double? Of = null, bool Warning = false);

/// <summary>A member's line on the board: their name and one cell per column.</summary>
public sealed record BoardLine(string Name, IReadOnlyList<BoardCell> Cells);

/// <summary>
/// Members side by side, as a table: a row per member, a column per number, each cell a bar with its value written on
/// it. The caller picks the columns, so the picture never shows more than the text beside it.
/// </summary>
public static class BoardChart
{
    public const int MaxRows = 15;

    private const double NameWidth = 210;
    private const double Top = 124;       // title, then column headers
    private const double RowHeight = 64;
    private const double Pad = 8;

    public static int HeightFor(int rows) => (int)(Top + RowHeight * Math.Clamp(rows, 1, MaxRows) + 20);

    public static byte[] Render(string title, IReadOnlyList<string> columns, IReadOnlyList<BoardLine> lines) => Draw(title, columns, lines).ToPng();

    /// <summary>The same picture as SVG, for a web page.</summary>
    public static string RenderSvg(string title, IReadOnlyList<string> columns, IReadOnlyList<BoardLine> lines) => Draw(title, columns, lines).ToSvg();

    private static ChartCanvas Draw(string title, IReadOnlyList<string> columns, IReadOnlyList<BoardLine> lines)
    {
        var shown = lines.Take(MaxRows).ToList();
        var canvas = new ChartCanvas(ChartStyle.Width, HeightFor(shown.Count));
        canvas.Text(ChartStyle.Clip(title, 40), ChartStyle.Width / 2.0, 14, 32, Alignment.UpperCenter, bold: true);
        var width = (ChartStyle.Width - NameWidth - Pad) / Math.Max(1, columns.Count);
        for (var c = 0; c < columns.Count; c++)
            canvas.Text(columns[c], NameWidth + c * width + width / 2, Top - 12, 22, Alignment.LowerCenter, bold: true, color: ChartStyle.Muted);
        if (shown.Count == 0)
            canvas.Text("No members yet", ChartStyle.Width / 2.0, Top + RowHeight / 2, 24, Alignment.MiddleCenter, color: ChartStyle.Muted);
        for (var r = 0; r < shown.Count; r++)
        {
            var y = Top + r * RowHeight;
            if (r % 2 == 0)
                canvas.Box(0, y, ChartStyle.Width, RowHeight, Color.FromHex("#F4F6F8"));
            canvas.Text($"{r + 1}. {ChartStyle.Clip(shown[r].Name, 10)}", 12, y + RowHeight / 2 + 3, 22, Alignment.MiddleLeft, bold: true);
            for (var c = 0; c < Math.Min(columns.Count, shown[r].Cells.Count); c++)
            {
                var cell = shown[r].Cells[c];
                var of = cell.Of ?? shown.Max(l => l.Cells.ElementAtOrDefault(c)?.Value ?? 0);
                Cell(canvas, cell, of > 0 ? cell.Value / of : 0, NameWidth + c * width + Pad / 2, y + Pad, width - Pad, RowHeight - 2 * Pad);
            }
        }
        return canvas;
    }

    private static void Cell(ChartCanvas canvas, BoardCell cell, double share, double x, double y, double width, double height)
    {
        var color = cell.Warning ? ChartStyle.Behind : ChartStyle.Done;
        canvas.Box(x, y, width, height, Color.FromHex("#E3E7EB"));
        var fill = Math.Clamp(share, 0, 1);
        if (fill > 0)
            canvas.Box(x, y, width * fill, height, color.WithAlpha(0.35));
        // Three pixels down: text centred by its font box otherwise looks high in a bar.
        canvas.Text(cell.Text, x + width / 2, y + height / 2 + 3, 24, Alignment.MiddleCenter, bold: true, color: cell.Warning ? ChartStyle.Behind : ChartStyle.Ink);
    }
}
