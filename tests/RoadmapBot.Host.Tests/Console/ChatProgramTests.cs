using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Tests.Console;

/// <summary>End to end through the real program: <c>roadmapbot chat</c> and <c>roadmapbot run</c> on a fresh database.</summary>
public sealed class ChatProgramTests
{
    [Fact]
    public async Task Chat_ImportDoneLogProgress_RepliesAndDatabaseAgree()
    {
        using var db = new TempDatabase();

        var (code, stdout, stderr) = await RoadmapBotProcess.RunAsync(
            ["chat", "--db", db.Path, "--clock", "2026-01-10T09:00:00Z", $"/import {Seeds.Path("000")}", "/done t1", "/log sql 4", "/progress"]);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("7 phases, 72 items", stdout);
        Assert.Contains("Progress: 1/72 done (1%)", stdout);
        Assert.Contains("sql +4", stdout);
        await using var context = db.Open();
        var member = await context.Members.SingleAsync(m => m.UserId == "me", TestContext.Current.CancellationToken);
        var progress = await context.Progress.SingleAsync(p => p.MemberId == member.Id, TestContext.Current.CancellationToken);
        Assert.Equal(("t1", ItemStatus.Done), (progress.ItemKey, progress.Status));
        var log = await context.MetricLogs.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("sql", 4.0, new DateOnly(2026, 1, 10)), (log.Metric, log.Amount, log.LocalDate));
    }

    [Fact]
    public async Task Chat_ChartCommands_SaveEachPictureBesideTheDatabaseAndPrintItsPath()
    {
        using var db = new TempDatabase();

        var (code, stdout, _) = await RoadmapBotProcess.RunAsync(
            ["chat", "--db", db.Path, "--clock", "2026-01-10T09:00:00Z", $"/import {Seeds.Path("000")}", "/done t1", "/progress", "/streak", "/board", "/week"]);

        Assert.Equal(0, code);
        foreach (var name in new[] { "progress.png", "streak.png", "board.png", "week.png" })
        {
            var path = Path.Combine(db.Folder, "files", name);
            Assert.Contains($"saved: {path}", stdout);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(path)[..4]);
        }
    }

    [Fact]
    public async Task Chat_GroupMembersKeepTheirOwnProgress()
    {
        using var db = new TempDatabase();
        var seed = Seeds.Path("002");

        await RoadmapBotProcess.RunAsync(["chat", "--db", db.Path, "--space", "club", "--group", "--user", "ana", "--admin", $"/import {seed}", "/done w1.1"]);
        var (_, bob, _) = await RoadmapBotProcess.RunAsync(["chat", "--db", db.Path, "--space", "club", "--group", "--user", "bob", "/import " + seed, "/progress"]);

        Assert.Contains("0/66", bob);
        await using var context = db.Open();
        Assert.Equal(1, await context.Progress.CountAsync(TestContext.Current.CancellationToken));
        Assert.False((await context.Members.SingleAsync(m => m.UserId == "bob", TestContext.Current.CancellationToken)).IsAdmin);
    }

    [Fact]
    public async Task Clock_SetsTheProcessesNow()
    {
        using var db = new TempDatabase();

        var (_, stdout, _) = await RoadmapBotProcess.RunAsync(["chat", "--db", db.Path, "--clock", "2026-03-29T10:00:00Z", $"/import {Seeds.Path("000")}", "/today"]);

        Assert.Contains("Sun 29 Mar 2026", stdout);
    }

    [Fact]
    public async Task BadClock_IsOneErrorLine()
    {
        var (code, stdout, stderr) = await RoadmapBotProcess.RunAsync(["chat", "--clock", "yesterday-ish", "/today"]);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("error: --clock wants an ISO 8601 instant", stderr.Trim());
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Run_WithoutToken_IsAConsoleChatWithSeed000ImportedOnce()
    {
        using var db = new TempDatabase();
        var environment = new Dictionary<string, string> { ["RoadmapBot__Database"] = db.Path };

        var (code, first, _) = await RoadmapBotProcess.RunAsync(["run"], "/done t1\n/quit\n", environment);
        var (_, second, _) = await RoadmapBotProcess.RunAsync([], "/progress\n/quit\n", environment);

        Assert.Equal(0, code);
        Assert.Contains("First run: importing the sample roadmap", first);
        Assert.Contains("✅ t1", first);
        Assert.DoesNotContain("First run", second);
        Assert.Contains("Progress: 1/72 done", second);
        Assert.True(File.Exists(db.Path));
    }
}
