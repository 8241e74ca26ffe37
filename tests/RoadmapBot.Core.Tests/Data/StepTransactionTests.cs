using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Storing;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Data;

/// <summary>A stored import and its audit entry commit together: a step inside a caller's transaction commits nothing itself.</summary>
public sealed class StepTransactionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReplacementInsideACallersTransaction_IsGone_WhenTheCallerNeverCommits()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        var me = await bot.MemberAsync("me");

        await using (var db = bot.Db())
        {
            var row = await db.Roadmaps.SingleAsync(Ct);
            await using var caller = await StepTransaction.BeginAsync(db, Ct);
            await RoadmapStore.ReplaceAsync(db, row, me.Id, RoadmapImporter.Import(TestRoadmaps.FourWeeks).Roadmap, TestRoadmaps.FourWeeks, bot.Time.GetUtcNow(), Ct);
            // The process dies here, before the audit entry is saved and the caller commits.
        }

        await using var after = bot.Db();
        Assert.Equal("Weekly plan", (await after.Roadmaps.SingleAsync(Ct)).Title);
        Assert.Equal(3, await after.Items.CountAsync(Ct));
    }

    [Fact]
    public async Task AnImportAndItsAuditEntry_AreOneCommit_SoUndoTakesBackTheImport()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Weeks);
        await bot.SendAsync("/import\n" + TestRoadmaps.FourWeeks);
        await bot.SendAsync("/import confirm");

        await using (var db = bot.Db())
            Assert.Equal(2, await db.Audit.CountAsync(a => a.Kind == AuditKind.Roadmap, Ct));
        Assert.StartsWith("Undone: /import confirm.", await bot.SendAsync("/undo"));
    }
}
