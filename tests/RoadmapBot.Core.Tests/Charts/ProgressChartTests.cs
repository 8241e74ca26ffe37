using System.Buffers.Binary;
using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Charts;

public sealed class ProgressChartTests
{
    private static readonly DateOnly Today = new(2026, 4, 15);

    private static ProgressReport Report(params PhaseProgress[] phases) =>
        new(phases.Sum(p => p.Done), phases.Sum(p => p.Total), 0, 0, 0, phases, 0, null);

    // Items only, no dates: the smallest burn-up, one panel.
    private static BurnUp Flat(ProgressReport report) =>
        new(Today, Today, [new(Today, 0, 0)], [new(Today, report.Done, 0)], report.Total, 0, null);

    [Fact]
    public void Render_GivesAPngOfTheChartSize()
    {
        var report = Report(new("p1", "Foundations", 5, 10), new("p2", "A phase with a very long title indeed", 0, 8), new("p3", "Done", 14, 14));

        var png = ProgressChart.Render(report, Flat(report));

        PngAssert.Picture(png, ProgressChart.Width, ProgressChart.HeightFor(3, Flat(report)));
    }

    [Fact]
    public void Render_SameReportTwice_GivesTheSameBytes()
    {
        var report = Report(new("p1", "Foundations", 3, 10), new("p2", "Projects", 1, 6));

        Assert.Equal(ProgressChart.Render(report, Flat(report)), ProgressChart.Render(report, Flat(report)));
    }

    [Fact]
    public void Render_ThreePanels_AreEachPixelForPixelAsTheirPlotDrawsAlone()
    {
        var report = Report(new("p1", "Foundations", 5, 10), new("p2", "Projects", 4, 22));
        var start = Today.AddDays(-60);
        var burnUp = new BurnUp(start, Today, [new(start, 0, 0), new(Today.AddDays(-30), 10, 100), new(Today.AddDays(30), 32, 400)],
            [new(start, 0, 0), new(Today.AddDays(-20), 9, 120), new(Today, 9, 120)], 32, 400, Today.AddDays(90));

        var png = ProgressChart.Render(report, burnUp);

        PngAssert.PanelsAsDrawnAlone(png, ProgressChart.Panels(report, burnUp));
    }

    [Fact]
    public void Render_NoPhases_StillGivesAPng()
    {
        var report = Report();

        PngAssert.Picture(ProgressChart.Render(report, Flat(report)), ProgressChart.Width, ProgressChart.HeightFor(0, Flat(report)));
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
        PngAssert.Picture(file.Content, ProgressChart.Width, ProgressChart.HeightFor(7) + 2 * BurnUpChart.Height);
    }
}
