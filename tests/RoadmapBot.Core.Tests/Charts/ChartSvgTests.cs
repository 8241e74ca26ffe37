using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Tests.Charts;

/// <summary>The chat's pictures as SVG for the web pages: one document of the PNG's size, its words as text, the same every time.</summary>
public sealed class ChartSvgTests
{
    private static readonly DateOnly Today = new(2026, 4, 15);

    private static ProgressReport Report() =>
        new(9, 32, 0, 120, 400, [new("p1", "Foundations", 5, 10), new("p2", "Projects & <data>", 4, 22)], 0, null);

    private static BurnUp Dated() => new(Today.AddDays(-60), Today,
        [new(Today.AddDays(-60), 0, 0), new(Today.AddDays(-30), 10, 100), new(Today.AddDays(30), 32, 400)],
        [new(Today.AddDays(-60), 0, 0), new(Today.AddDays(-20), 9, 120), new(Today, 9, 120)], 32, 400, Today.AddDays(90));

    [Fact]
    public void ProgressSvg_IsOneDocumentOfThePngsSize_WithTheTitleAndPhasesAsText()
    {
        var svg = XDocument.Parse(ProgressChart.RenderSvg(Report(), Dated()));

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Equal(ChartStyle.Width.ToString(CultureInfo.InvariantCulture), svg.Root.Attribute("width")!.Value);
        Assert.Equal(ProgressChart.HeightFor(2, Dated()).ToString(CultureInfo.InvariantCulture), svg.Root.Attribute("height")!.Value);
        var text = string.Join("\n", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
        Assert.Contains("Progress: 9/32 done (28%)", text, StringComparison.Ordinal);
        Assert.Contains("p2 Projects & <data>", text, StringComparison.Ordinal);
        Assert.Contains("Hours: 120 of 400", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressSvg_SameReportTwice_GivesTheSameText()
    {
        // The same numbers give the same picture: a page's chart can be checked against the renderer, byte for byte.
        Assert.Equal(ProgressChart.RenderSvg(Report(), Dated()), ProgressChart.RenderSvg(Report(), Dated()));
    }

    [Fact]
    public void ProgressSvg_FallsBackToASansSerifFace_WhereTheChartsFontIsMissing()
    {
        var families = XDocument.Parse(ProgressChart.RenderSvg(Report(), Dated())).Descendants()
            .Select(e => e.Attribute("font-family")?.Value).OfType<string>().Distinct().ToList();

        Assert.NotEmpty(families);
        Assert.All(families, f => Assert.EndsWith("sans-serif", f, StringComparison.Ordinal));
    }

    [Fact]
    public void BoardSvg_HasARowPerMember_AndTheColumnHeaders()
    {
        var lines = new List<BoardLine> { new("ann", [new("3/72 · 4%", 3, 72), new("2 days", 2)]), new("bob", [new("1/72 · 1%", 1, 72), new("0 days", 0)]) };

        var svg = XDocument.Parse(BoardChart.RenderSvg("Leaderboard", ["Done", "Streak"], lines));

        Assert.Equal(BoardChart.HeightFor(2).ToString(CultureInfo.InvariantCulture), svg.Root!.Attribute("height")!.Value);
        var text = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("1. ann", text);
        Assert.Contains("2. bob", text);
        Assert.Contains("Streak", text);
        Assert.Contains("3/72 · 4%", text);
    }

    [Fact]
    public async Task Board_SendsTheLeaderboardChartsPicture_OfTheSameRows()
    {
        await using var bot = await GeneratedProgress.StartGroupAsync("ann", "bob");

        var reply = await bot.ReplyAsync("/board", "bob", GeneratedProgress.Group, group: true);

        await using var db = bot.Db();
        var space = (await bot.MemberAsync("bob", GeneratedProgress.Group)).SpaceId;
        var view = (await RoadmapView.LoadAsync(db, space, TestContext.Current.CancellationToken))!;
        var rows = await Leaderboard.LoadAsync(db, view, space, GeneratedProgress.Today, GeneratedProgress.Today,
            bot.Service<IOptions<RoadmapBotOptions>>().Value.FreezesPerMonth, TestContext.Current.CancellationToken);
        Assert.Equal(LeaderboardChart.Render(rows), Assert.IsType<ChatFile>(reply.File).Content);
    }
}
