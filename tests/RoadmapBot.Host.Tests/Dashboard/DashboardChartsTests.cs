using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>The chat's charts on the pages over HTTP: the picture served is the renderer's own output for the member's numbers.</summary>
public sealed partial class DashboardChartsTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = new(2026, 1, 15);

    [Fact]
    public async Task PhaseBoard_ShowsTheProgressChart_ThatProgressSends_AsTheRenderersSvg()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/done t1 t2", privately: true);
        var link = await server.LinkAsync();
        using var http = new HttpClient();

        var page = await http.GetStringAsync(link, Ct);
        var chart = await http.GetAsync(new Uri(link, ChartSource(page)), Ct);
        var svg = await chart.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", chart.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(await ExpectedProgressAsync(server, "ann"), svg);
        Assert.Contains("Progress: 2/72 done", await server.SendAsync("/progress", privately: true), StringComparison.Ordinal);
        Assert.Contains("Progress: 2/72 done", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupPage_ShowsTheBoardChart_ThatBoardSends_WithoutAMetricAMemberKeepsPrivate()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/share sql off", privately: true);
        await server.SendAsync("/log sql 4", privately: true);
        await server.SendAsync("/done t1", user: "bob", privately: true);
        var link = await server.LinkAsync("bob");
        using var http = new HttpClient();

        var page = await http.GetStringAsync(new Uri(link, "group"), Ct);
        var chart = await http.GetAsync(new Uri(link, ChartSource(page)), Ct);
        var svg = await chart.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
        await using var db = server.Db();
        var bob = await db.Members.AsNoTracking().SingleAsync(m => m.UserId == "bob", Ct);
        var view = (await RoadmapView.LoadAsync(db, bob.SpaceId, Ct))!;
        var rows = await Leaderboard.LoadAsync(db, view, bob.SpaceId, Today, Today, new RoadmapBotOptions().FreezesPerMonth, Ct);
        Assert.Equal(LeaderboardChart.RenderSvg(rows), svg);
        var text = System.Xml.Linq.XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("1. bob", text);
        Assert.Contains(text, t => t.EndsWith(". ann", StringComparison.Ordinal));
        var sqlHabit = await db.Habits.AsNoTracking().Where(h => h.Metric == "sql").Select(h => h.Title).SingleAsync(Ct);
        Assert.DoesNotContain(sqlHabit, svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sql", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Chart_WithAnotherMembersId_OrAClosedLink_IsRefused()
    {
        await using var server = await DashboardServer.StartAsync();
        var mine = await server.LinkAsync("ann");
        var bobId = (await server.LinkAsync("bob")).Segments[2].TrimEnd('/');
        using var http = new HttpClient();
        var chart = new Uri(mine, ChartSource(await http.GetStringAsync(mine, Ct)));

        var theirs = await http.GetAsync(chart.ToString().Replace($"/dashboard/{mine.Segments[2]}", $"/dashboard/{bobId}/", StringComparison.Ordinal), Ct);
        await server.SendAsync("/dashboard off", privately: true);
        var closed = await http.GetAsync(chart, Ct);

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, closed.StatusCode);
    }

    /// <summary>The phase board's picture as /progress draws it: ann's own plan, statuses and day (Berlin, 15 Jan 2026).</summary>
    private static async Task<string> ExpectedProgressAsync(DashboardServer server, string user)
    {
        await using var db = server.Db();
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.UserId == user, Ct);
        var view = await MemberPlan.ForAsync(db, (await RoadmapView.LoadAsync(db, member.SpaceId, Ct))!, member.Id, Ct);
        var progress = await MemberProgress.LoadAsync(db, member.Id, Ct);
        var burnUp = BurnUp.Compute(view, progress, MemberDay.For(member, TimeZones.Resolve("Europe/Berlin")), Today);
        return ProgressChart.RenderSvg(ProgressReport.Compute(view, progress, Today), burnUp);
    }

    internal static string ChartSource(string page) =>
        WebUtility.HtmlDecode(Assert.Single(ChartImage().Matches(page)).Groups[1].Value);

    [GeneratedRegex("<img class=\"chart[^\"]*\"[^>]* src=\"([^\"]+)\"")]
    private static partial Regex ChartImage();
}
