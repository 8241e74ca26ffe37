using System.Net;
using RoadmapBot.Host.Dashboard;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>No login and no cookie: the link is the only key, so no dashboard answer ever sets one, a kanban move included.</summary>
public sealed class DashboardCookieTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoDashboardAnswer_SetsACookie_NotEvenAKanbanMove()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync();
        var feed = await server.LinkAsync(command: "/calendar");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        var answers = new List<(string What, HttpResponseMessage Answer)>();
        foreach (var view in DashboardView.All)
            answers.Add(("view " + view.Title, await http.GetAsync(new Uri(link, view.Slug), Ct)));
        foreach (var chart in new[] { "chart/progress.svg", "chart/board.svg" })
            answers.Add((chart, await http.GetAsync(new Uri(link, chart), Ct)));
        foreach (var asset in new[] { "site.css", "site.js" })
            answers.Add((asset, await http.GetAsync(new Uri(link, "/dashboard/assets/" + asset), Ct)));
        answers.Add(("feed", await http.GetAsync(feed, Ct)));
        answers.Add(("unknown link", await http.GetAsync(new Uri(link, "/dashboard/1/nothing/"), Ct)));
        var form = await DashboardHttpTests.FormTokenAsync(http, link);

        var move = await http.PostAsync(new Uri(link, "move"), new FormUrlEncodedContent(new Dictionary<string, string> { ["form"] = form, ["item"] = "t1", ["status"] = "done" }), Ct);
        answers.Add(("move", move));
        answers.Add(("after the move", await http.GetAsync(new Uri(link, move.Headers.Location!.ToString()), Ct)));
        answers.Add(("refused move", await http.PostAsync(new Uri(link, "move"), new FormUrlEncodedContent(new Dictionary<string, string> { ["item"] = "t1" }), Ct)));

        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);
        Assert.All(answers, a => Assert.True(a.Answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{a.What}: {a.Answer.StatusCode}"));
        Assert.Equal(HttpStatusCode.OK, answers.Single(a => a.What == "chart/progress.svg").Answer.StatusCode);
        Assert.All(answers, a => Assert.False(a.Answer.Headers.Contains("Set-Cookie"), $"{a.What} sets a cookie"));
    }
}
