using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RoadmapBot.Core.Data;

/// <summary>What <see cref="DatabaseCopy"/> did: the rows copied per table, or why it refused.</summary>
public sealed record DatabaseCopyResult(IReadOnlyList<(string Table, int Rows)> Tables, string? Refusal = null);

/// <summary>
/// migrate-data: copies every table of a SQLite database into an empty PostgreSQL one in one transaction, ids and all,
/// then moves each identity sequence past the copied ids, so a group that outgrows one machine keeps its history.
/// </summary>
public static class DatabaseCopy
{
    private const int Batch = 2000;

    private static readonly MethodInfo CopyTableMethod =
        typeof(DatabaseCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<DatabaseCopyResult> SqliteToPostgreSqlAsync(string sqlitePath, string postgreSql, CancellationToken ct)
    {
        if (!File.Exists(sqlitePath))
            return new DatabaseCopyResult([], $"{sqlitePath} does not exist");
        await using var source = Open(new RoadmapBotOptions { Database = sqlitePath });
        // An older file is brought to the current schema first, as the bot itself would at start-up.
        await source.Database.MigrateAsync(ct);
        await using var target = Open(new RoadmapBotOptions { PostgreSql = postgreSql });
        await target.Database.MigrateAsync(ct);
        target.ChangeTracker.AutoDetectChangesEnabled = false;

        var tables = InsertOrder(target.Model);
        foreach (var table in tables)
            if (await HasRowsAsync(target, table, ct))
                return new DatabaseCopyResult([], $"the PostgreSQL database is not empty ({table.GetTableName()} has rows): migrate-data only fills an empty database");

        var copied = new List<(string, int)>();
        await using var transaction = await target.Database.BeginTransactionAsync(ct);
        foreach (var table in tables)
        {
            var rows = await (Task<int>)CopyTableMethod.MakeGenericMethod(table.ClrType).Invoke(null, [source, target, ct])!;
            copied.Add((table.GetTableName()!, rows));
            await AdvanceIdentityAsync(target, table, ct);
        }
        await transaction.CommitAsync(ct);
        // Statistics for the copied rows now: until autovacuum gets round to it, the planner takes every table for empty.
        await target.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        return new DatabaseCopyResult(copied);
    }

    private static RoadmapDbContext Open(RoadmapBotOptions options)
    {
        var builder = new DbContextOptionsBuilder<RoadmapDbContext>();
        RoadmapDatabase.Configure(builder, options);
        return new RoadmapDbContext(builder.Options);
    }

    private static async Task<int> CopyTableAsync<T>(RoadmapDbContext source, RoadmapDbContext target, CancellationToken ct)
        where T : class
    {
        var rows = await source.Set<T>().AsNoTracking().ToListAsync(ct);
        foreach (var chunk in rows.Chunk(Batch))
        {
            target.Set<T>().AddRange(chunk);
            await target.SaveChangesAsync(ct);
            target.ChangeTracker.Clear();
        }
        return rows.Count;
    }

    // Principals before dependents, so every foreign key finds its row.
    private static List<IEntityType> InsertOrder(IModel model)
    {
        var remaining = model.GetEntityTypes().Where(e => e.GetTableName() is not null).OrderBy(e => e.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var ready = remaining.First(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType)));
            ordered.Add(ready);
            remaining.Remove(ready);
        }
        return ordered;
    }

    // Table and column names come from our own model, never from input.
    private static async Task<bool> HasRowsAsync(RoadmapDbContext db, IEntityType table, CancellationToken ct)
    {
        var sql = $"SELECT EXISTS (SELECT 1 FROM \"{table.GetTableName()}\") AS \"Value\"";
        return await db.Database.SqlQueryRaw<bool>(sql).SingleAsync(ct);
    }

    private static async Task AdvanceIdentityAsync(RoadmapDbContext db, IEntityType table, CancellationToken ct)
    {
        if (table.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key] || key.ClrType != typeof(long))
            return;
        var (name, column) = (table.GetTableName(), key.GetColumnName());
        var sql = $"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{name}\"), 0) + 1, false)";
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
