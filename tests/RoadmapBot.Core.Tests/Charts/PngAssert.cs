using System.Buffers.Binary;
using RoadmapBot.Core.Charts;
using ScottPlot;
using SkiaSharp;

namespace RoadmapBot.Core.Tests.Charts;

/// <summary>Checks on a rendered chart: a real PNG, of the expected size, with a picture in it (not one flat colour).</summary>
internal static class PngAssert
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Picture(byte[] png, int width, int height)
    {
        Assert.True(png.Length > 1000, $"only {png.Length} bytes");
        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4))));
        Assert.True(Colours(png) >= 20, "the picture has almost no colours: blank?");
    }

    /// <summary>Distinct colours among the pixels, decoded with ScottPlot's own image reader.</summary>
    public static int Colours(byte[] png)
    {
        using var image = new ScottPlot.Image(png);
        var rgb = image.GetArrayRGB();
        var colours = new HashSet<int>();
        for (var y = 0; y < rgb.GetLength(0); y++)
            for (var x = 0; x < rgb.GetLength(1); x++)
                colours.Add(rgb[y, x, 0] << 16 | rgb[y, x, 1] << 8 | rgb[y, x, 2]);
        return colours.Count;
    }

    /// <summary>
    /// The stacked picture, decoded, holds each panel exactly as its plot draws alone (ScottPlot's own image, through
    /// ScottPlot's own lossless PNG encoder): the same pixels, so the same look, and an encoding that lost nothing.
    /// </summary>
    public static void PanelsAsDrawnAlone(byte[] png, (Plot Plot, int Height)[] alone)
    {
        using var stacked = Decode(png, alone.Sum(p => p.Height));
        var top = 0;
        foreach (var (plot, height) in alone)
        {
            using var panel = Decode(plot.GetImageBytes(ChartStyle.Width, height, ImageFormat.Png), height);
            var expected = panel.GetPixelSpan();
            var actual = stacked.GetPixelSpan().Slice(top * stacked.RowBytes, expected.Length);
            var differing = 0;
            for (var i = 0; i < expected.Length; i++)
                differing += actual[i] == expected[i] ? 0 : 1;
            Assert.True(differing == 0, $"{differing} bytes of the panel at y = {top} differ from its plot drawn alone");
            top += height;
        }
    }

    private static SKBitmap Decode(byte[] png, int height) =>
        SKBitmap.Decode(png, new SKImageInfo(ChartStyle.Width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul))
            ?? throw new InvalidOperationException("not a PNG of the chart's size");
}
