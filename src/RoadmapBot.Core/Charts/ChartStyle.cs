using ScottPlot;

namespace RoadmapBot.Core.Charts;

/// <summary>The look every chart shares: phone width, a sans-serif face, dark ink on white, one blue for "done".</summary>
public static class ChartStyle
{
    public const int Width = 800;

    public static readonly Color Ink = Color.FromHex("#111111");
    public static readonly Color Muted = Color.FromHex("#555555");
    public static readonly Color Track = Color.FromHex("#DDDDDD");
    public static readonly Color Done = Color.FromHex("#1565C0");
    public static readonly Color Good = Color.FromHex("#2E7D32");
    public static readonly Color Behind = Color.FromHex("#BF360C");

    // A sans-serif face reads better small; Skia's default on Linux is often a serif.
    public static readonly string Font = new[] { "DejaVu Sans", "Liberation Sans", "Arial" }
        .FirstOrDefault(name => Fonts.GetTypeface(name, bold: false, italic: false) is not null) ?? Fonts.Sans;

    /// <summary>Titles and labels longer than <paramref name="max"/> characters end in an ellipsis.</summary>
    public static string Clip(string text, int max) => text.Length > max ? text[..(max - 1)].TrimEnd() + "…" : text;
}
