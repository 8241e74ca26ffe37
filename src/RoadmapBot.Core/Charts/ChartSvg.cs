using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace RoadmapBot.Core.Charts;

/// <summary>
/// A picture as SVG for a web page: ScottPlot's SVG of each panel, one below the other in one document that scales to the
/// width it is shown at. Ids are renumbered in order (ScottPlot counts them across the process), so the same numbers give
/// the same text; the font names a sans-serif fallback for a screen that lacks it.
/// </summary>
public static partial class ChartSvg
{
    private static readonly string Fonts = string.Join(", ", new[] { ChartStyle.Font, "DejaVu Sans", "Liberation Sans", "Arial", "sans-serif" }.Distinct());

    public static string Of(int width, params (Plot Plot, int Height)[] panels)
    {
        var height = panels.Sum(p => p.Height);
        var svg = new StringBuilder(64_000).Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        var top = 0;
        foreach (var (plot, panelHeight) in panels)
        {
            var inner = plot.GetSvgXml(width, panelHeight);
            var start = inner.IndexOf("<svg", StringComparison.Ordinal) + "<svg".Length;
            svg.Append(CultureInfo.InvariantCulture, $"<svg y=\"{top}\"").Append(inner, start, inner.Length - start);
            top += panelHeight;
        }
        var text = svg.Append("</svg>").ToString();
        var ids = Id().Matches(text).Select(m => m.Groups[1].Value).Distinct().Select((id, n) => (id, n)).ToDictionary(x => x.id, x => $"c{x.n}");
        return Reference().Replace(text, m => ids.GetValueOrDefault(m.Value, m.Value))
            .Replace($"font-family=\"{ChartStyle.Font}\"", $"font-family=\"{Fonts}\"", StringComparison.Ordinal);
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex Id();

    // An id where it is defined (id="…") or used (url(#…), href="#…"); anything else after a '#' (a colour) is left alone.
    [GeneratedRegex("(?<=\\bid=\"|#)[A-Za-z_][\\w-]*")]
    private static partial Regex Reference();
}
