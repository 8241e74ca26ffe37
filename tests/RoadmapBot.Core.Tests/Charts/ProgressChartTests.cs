using System.Buffers.Binary;
using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class ProgressChartTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ProgressReport Report(params PhaseProgress[] phases) =>
        new(phases.Sum(p => p.Done), phases.Sum(p => p.Total), 0, 0, 0, phases, 0, null, null);

    [Fact]
    public void Render_GivesAPngOfTheChartSize()
    {
        var png = ProgressChart.Render(Report(new("p1", "Foundations", 5, 10), new("p2", "A phase with a very long title indeed", 0, 8), new("p3", "Done", 14, 14)));

        AssertPng(png, ProgressChart.Width, ProgressChart.HeightFor(3));
    }

    [Fact]
    public void Render_SameReportTwice_GivesTheSameBytes()
    {
        var report = Report(new("p1", "Foundations", 3, 10), new("p2", "Projects", 1, 6));

        Assert.Equal(ProgressChart.Render(report), ProgressChart.Render(report));
    }

    [Fact]
    public void Render_NoPhases_StillGivesAPng()
    {
        AssertPng(ProgressChart.Render(Report()), ProgressChart.Width, ProgressChart.HeightFor(0));
    }

    [Fact]
    public async Task Progress_OnSeed000_CarriesTheChartBesideTheText()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ReplyAsync("/import", attachments: new ChatAttachment("roadmap.md", File.ReadAllBytes(Seeds.Path("000"))));
        await bot.SendAsync("/done t1 t2 t3");

        var reply = await bot.ReplyAsync("/progress");

        Assert.Contains("Progress: 3/72 done", reply.ToPlainText());
        var file = Assert.IsType<ChatFile>(reply.File);
        Assert.Equal("progress.png", file.FileName);
        AssertPng(file.Content, ProgressChart.Width, ProgressChart.HeightFor(7));
    }

    private static void AssertPng(byte[] png, int width, int height)
    {
        Assert.True(png.Length > 1000, $"only {png.Length} bytes");
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
