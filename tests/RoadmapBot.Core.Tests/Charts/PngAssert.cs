using System.Buffers.Binary;

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
}
