using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Tests.Console;

/// <summary>Plain lines in the console chat, end to end through the real program: read as logs, asked, applied by <c>/yes</c>.</summary>
public sealed class PlainLogsTests
{
    [Fact]
    public async Task Chat_PlainLines_AreLoggedAskedAndConfirmedWithYes()
    {
        using var db = new TempDatabase();

        var (code, stdout, stderr) = await RoadmapBotProcess.RunAsync(
            ["chat", "--db", db.Path, "--clock", "2026-01-15T09:00:00Z", $"/import {Seeds.Path("000")}",
                "did 4 sql problems and 2h on the project", "finished the pandas task", "/yes", "thanks!"]);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("sql +4 problems — 4/4 ✅ target met", stdout);
        Assert.Contains("Did you mean:\n• /done t2", stdout.ReplaceLineEndings("\n"));
        Assert.Contains("[✅ Yes: /yes]", stdout);
        Assert.Contains("✅ t2 Data Manipulation with Pandas", stdout);
        Assert.Contains("Nothing to log in that.", stdout);
        await using var context = db.Open();
        Assert.Equal(["project", "sql"], (await context.MetricLogs.Select(l => l.Metric).ToListAsync(TestContext.Current.CancellationToken)).Order());
        var progress = await context.Progress.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("t2", ItemStatus.Done), (progress.ItemKey, progress.Status));
    }

    [Fact]
    public async Task Chat_InAGroup_EveryPlainLineIsMeantForTheBot()
    {
        using var db = new TempDatabase();

        var (_, stdout, _) = await RoadmapBotProcess.RunAsync(
            ["chat", "--db", db.Path, "--clock", "2026-01-15T09:00:00Z", "--space", "club", "--group", "--admin", $"/import {Seeds.Path("000")}", "t5 done"]);

        Assert.Contains("✅ t5 Advanced SQL Fundamentals", stdout);
    }
}
