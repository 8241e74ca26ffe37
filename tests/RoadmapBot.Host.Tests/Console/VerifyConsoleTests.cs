using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Host.Tests.Console;

/// <summary>/verify in the console chat, the real program against a fake GitHub set by RoadmapBot__GitHub__ApiUrl.</summary>
public sealed class VerifyConsoleTests
{
    [Fact]
    public async Task Verify_TiesTheCommitHabitToGitHub_AndSaysTodaysCommits()
    {
        using var db = new TempDatabase();
        await using var github = await FakeGitHub.StartAsync();
        github.Push("octo", new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero), commits: 2);
        var environment = new Dictionary<string, string> { ["RoadmapBot__GitHub__ApiUrl"] = github.ApiUrl };

        var (code, stdout, stderr) = await RoadmapBotProcess.RunAsync(
            ["chat", "--db", db.Path, "--clock", "2026-01-10T09:00:00Z", $"/import {Seeds.Path("000")}", "/verify commits github octo", "/verify"], null, environment);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("Today so far: 2 commits.", stdout);
        Assert.Contains("Your commits habit checks itself from github account “octo”.", stdout);
        await using var context = db.Open();
        Assert.Contains("\"verified\"", (await context.Members.SingleAsync(TestContext.Current.CancellationToken)).Settings);
    }
}
