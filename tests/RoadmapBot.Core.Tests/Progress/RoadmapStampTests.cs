using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Progress;

public sealed class RoadmapStampTests
{
    // Every command reads its space's stamp; in SQLite the row's columns after the roadmap's text (tens of KB) are reached
    // only by walking the text's overflow pages, so the stamp must come from an index that holds it.
    [Fact]
    public async Task Stamp_IsReadFromAnIndexThatHoldsIt_NotFromTheRowBehindTheRoadmapsText()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini);
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;
        var stamp = RoadmapStamp.Rows(db).Where(r => r.SpaceId == 1).Select(r => new { r.Id, r.ContentHash, r.StartDate, r.ShiftDays, r.ImportedAt });
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + stamp.ToQueryString();
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                plan.Add(reader.GetString(3));

        Assert.Contains(plan, step => step.Contains("USING COVERING INDEX", StringComparison.Ordinal));
        Assert.NotNull(await RoadmapStamp.ReadAsync(db, 1, ct));
    }
}
