using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Host.Tests.Console;

/// <summary>Re-plan in the console: seed 000 imported on 3 Dec 2026, when most of its dates are past.</summary>
public sealed class ReplanConsoleTests
{
    [Fact]
    public async Task ImportOfSeed000_OffersReplanInsteadOfBehind_ThenShiftAndUndo()
    {
        using var db = new TempDatabase();

        var (code, stdout, stderr) = await RoadmapBotProcess.RunAsync(
            ["chat", "--db", db.Path, "--clock", "2026-12-03T09:00:00Z", $"/import {Seeds.Path("000")}", "/progress", "/replan", "/replan shift", "/tasks overdue", "/progress"]);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains("[Re-plan: /replan]", stdout);
        Assert.DoesNotContain("Behind schedule", stdout);
        Assert.Contains("1. Shift everything open by", stdout);
        Assert.Contains("Re-planned: Everything open moved 278 days later (66 items).", stdout);
        Assert.Contains("Overdue (0)\nNothing here.", stdout);
        // Caught up: the /progress after the shift offers no second re-plan.
        Assert.Contains("On track: 10 items due today.", stdout);
        Assert.DoesNotContain("[Re-plan: /replan]", stdout[stdout.IndexOf("Re-planned:", StringComparison.Ordinal)..]);
        await using var context = db.Open();
        Assert.Equal(66, await context.PlanShifts.CountAsync(TestContext.Current.CancellationToken));

        var (_, undone, _) = await RoadmapBotProcess.RunAsync(["chat", "--db", db.Path, "--clock", "2026-12-03T09:05:00Z", "/undo"]);

        Assert.Contains("Undone: /replan shift", undone);
        Assert.Equal(0, await context.PlanShifts.CountAsync(TestContext.Current.CancellationToken));
    }
}
