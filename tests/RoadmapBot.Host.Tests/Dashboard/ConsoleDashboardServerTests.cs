using System.Net;
using System.Text.RegularExpressions;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>The console bot (<c>roadmapbot run</c> with no token): /dashboard prints a link that a server it starts then serves.</summary>
[Collection(nameof(RealProcesses))]
public sealed partial class ConsoleDashboardServerTests
{
    [Fact(Timeout = 240_000)]
    public async Task Dashboard_InTheConsoleWithoutHttpUrls_StartsALoopbackServerAtAFreePort_AndPrintsALinkThatOpens()
    {
        using var db = new TempDatabase();
        var ct = TestContext.Current.CancellationToken;
        var environment = new Dictionary<string, string> { ["RoadmapBot__Database"] = db.Path, ["RoadmapBot__DefaultTimeZone"] = "Europe/Berlin" };
        await using var bot = RunningBot.Start(["run", "--clock", "2026-03-30T07:59:30+02:00"], environment);
        await bot.WaitForLineAsync(l => l.StartsWith("SENT kind=kickoff", StringComparison.Ordinal), ct);
        Assert.Empty(ListeningPorts.Of(bot.Id));

        await bot.WriteLineAsync("/dashboard");
        var line = await bot.WaitForLineAsync(l => Link().IsMatch(l), ct);
        var link = new Uri(Link().Match(line).Value);
        using var http = new HttpClient();
        var answer = await http.GetAsync(link, ct);

        Assert.Contains(link.Port, ListeningPorts.Of(bot.Id));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<section class=\"phase\"", await answer.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/dashboard/\d+/[A-Za-z0-9_.-]+/")]
    private static partial Regex Link();
}
