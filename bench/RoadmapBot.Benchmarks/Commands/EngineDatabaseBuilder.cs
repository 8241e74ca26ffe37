using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;
using static RoadmapBot.Benchmarks.Commands.EngineDatabase;

namespace RoadmapBot.Benchmarks.Commands;

/// <summary>
/// Imports the seed through the engine into space 1, then fills the other spaces in bulk: EF for spaces and members,
/// provider-neutral INSERT … SELECT for roadmap copies, progress and metric logs, all in one transaction.
/// </summary>
internal static class EngineDatabaseBuilder
{
    public static async Task BuildAsync(string path, string seed, int spaces = Spaces)
    {
        var importedAt = Now.AddDays(-LogDays - 1);
        var services = await EngineHost.StartAsync(path, new SteppingClock(importedAt, TimeSpan.Zero));
        try
        {
            await ImportAsync(services.GetRequiredService<ChatEngine>(), seed);
            await using var db = await services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await AddSpacesAndMembersAsync(db, importedAt, spaces);
            var template = await db.Roadmaps.AsNoTracking().SingleAsync();
            await CopyToEveryOtherAsync<SpaceRoadmap, Space>(db, nameof(SpaceRoadmap.SpaceId), template.SpaceId);
            await CopyToEveryOtherAsync<StoredPhase, SpaceRoadmap>(db, nameof(StoredPhase.RoadmapId), template.Id);
            await CopyToEveryOtherAsync<StoredItem, SpaceRoadmap>(db, nameof(StoredItem.RoadmapId), template.Id);
            await CopyToEveryOtherAsync<StoredHabit, SpaceRoadmap>(db, nameof(StoredHabit.RoadmapId), template.Id);
            await AddProgressAsync(db, importedAt);
            var habits = await db.Habits.AsNoTracking().Where(h => h.RoadmapId == template.Id).OrderBy(h => h.Order).ToListAsync();
            await AddMetricLogsAsync(db, habits);
            await transaction.CommitAsync();
        }
        finally
        {
            await EngineHost.StopAsync(services, path);
        }
    }

    private static async Task ImportAsync(ChatEngine engine, string seed)
    {
        var message = new ChatMessage(ChatPlatform.Telegram, SpaceId(1), true, UserId(1, 0), DisplayName(1, 0), "/import")
        {
            Attachments = [new ChatAttachment(Path.GetFileName(seed), File.ReadAllBytes(seed))],
            SenderIsPlatformAdmin = true,
        };
        var reply = string.Join("\n", (await engine.HandleAsync(message)).Select(r => r.ToPlainText()));
        if (!reply.StartsWith("Imported", StringComparison.Ordinal))
            throw new InvalidOperationException($"Importing the seed failed: {reply}");
    }

    // The import created space 1 and its admin; every other space gets the same shape.
    private static async Task AddSpacesAndMembersAsync(RoadmapDbContext db, DateTimeOffset at, int spaces)
    {
        db.Spaces.AddRange(Enumerable.Range(2, spaces - 1).Select(s => new Space
        {
            Platform = ChatPlatform.Telegram, ExternalId = SpaceId(s), IsGroup = true, CreatedAt = at,
        }));
        await db.SaveChangesAsync();
        var ids = await db.Spaces.ToDictionaryAsync(s => s.ExternalId, s => s.Id);
        db.Members.AddRange(
            from s in Enumerable.Range(1, spaces)
            from m in Enumerable.Range(0, MembersPerSpace)
            where (s, m) != (1, 0)
            select new Member { SpaceId = ids[SpaceId(s)], UserId = UserId(s, m), DisplayName = DisplayName(s, m), IsAdmin = m == 0, JoinedAt = at });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    // One statement per table: the template parent's rows once for every other parent, columns read from the EF model,
    // in parent order so that each copy's rows lie together, as an import writes them.
    private static Task CopyToEveryOtherAsync<TRow, TParent>(RoadmapDbContext db, string foreignKey, long templateParentId)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var row = db.Model.FindEntityType(typeof(TRow))!;
        var table = sql.DelimitIdentifier(row.GetTableName()!);
        var parent = sql.DelimitIdentifier(db.Model.FindEntityType(typeof(TParent))!.GetTableName()!);
        var id = sql.DelimitIdentifier("Id");
        var columns = row.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.GetColumnName()).ToList();
        var values = columns.Select(c => c == foreignKey ? $"p.{id}" : $"t.{sql.DelimitIdentifier(c)}");
        // Only identifiers from the EF model are spliced in; the one value is a parameter.
        var statement = $"INSERT INTO {table} ({string.Join(", ", columns.Select(sql.DelimitIdentifier))}) " +
            $"SELECT {string.Join(", ", values)} FROM {table} t CROSS JOIN {parent} p " +
            $"WHERE t.{sql.DelimitIdentifier(foreignKey)} = {{0}} AND p.{id} <> {{0}} ORDER BY p.{id}, t.{id}";
        return db.Database.ExecuteSqlRawAsync(statement, templateParentId);
    }

    // Member n has done the items before order n % SeededItems and is doing the one at it.
    private static Task AddProgressAsync(RoadmapDbContext db, DateTimeOffset at) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO "Progress" ("MemberId", "ItemKey", "Status", "ChangedAt")
        SELECT m."Id", i."Key", CASE WHEN i."Order" < m."Id" % {SeededItems} THEN {nameof(ItemStatus.Done)} ELSE {nameof(ItemStatus.Doing)} END, {at.UtcTicks}
        FROM "Members" m
        JOIN "Roadmaps" r ON r."SpaceId" = m."SpaceId"
        JOIN "Items" i ON i."RoadmapId" = r."Id"
        WHERE i."Order" <= m."Id" % {SeededItems}
        """);

    // Two of the daily habits a day, logged in the evening, with a member-specific gap every seventh day.
    private static async Task AddMetricLogsAsync(RoadmapDbContext db, IReadOnlyList<StoredHabit> habits)
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        for (var day = 1; day <= LogDays; day++)
        {
            var date = today.AddDays(-day);
            var loggedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero).UtcTicks;
            foreach (var habit in new[] { habits[day % habits.Count], habits[(day + 1) % habits.Count] })
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "MetricLogs" ("MemberId", "Metric", "Amount", "LoggedAt", "LocalDate")
                    SELECT "Id", {habit.Metric}, {habit.Target ?? 1}, {loggedAt}, {date} FROM "Members" WHERE ("Id" + {day}) % 7 <> 0
                    """);
        }
    }
}
