using ScottPlot;
using SkiaSharp;

namespace RoadmapBot.Core.Charts;

/// <summary>Stacks plots into one PNG, top to bottom, so a message carries one picture with several panels.</summary>
public static class ChartImage
{
    public static byte[] Stack(params (Plot Plot, int Height)[] panels)
    {
        var height = panels.Sum(p => p.Height);
        using var surface = SKSurface.Create(new SKImageInfo(ChartStyle.Width, height));
        using var paint = Paint.NewDisposablePaint();
        var top = 0;
        foreach (var (plot, panelHeight) in panels)
        {
            // Each plot renders to its own image first: rendering straight onto a shared canvas clears what is already there.
            using var image = plot.GetImage(ChartStyle.Width, panelHeight);
            image.Render(surface.Canvas, new PixelRect(0, ChartStyle.Width, top + panelHeight, top), paint, true);
            top += panelHeight;
        }
        using var pixels = surface.PeekPixels();
        // zlib level 3 with the Up filter: a quarter of the default encoder's time for this tall picture (8 ms against
        // 34 ms for /progress), and a file no larger. (Single-plot charts keep ScottPlot's encoder: the extra copy costs more.)
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 3))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return png.ToArray();
    }
}
