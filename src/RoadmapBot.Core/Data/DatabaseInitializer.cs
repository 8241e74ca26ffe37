using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Core.Data;

/// <summary>
/// Brings the database up to date at start-up: for SQLite the directory, stale migration lock, migrations and WAL; for
/// PostgreSQL its migrations (EF takes a database lock, so instances starting together migrate once).
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<RoadmapDbContext> contexts, IOptions<RoadmapBotOptions> options, TimeProvider time)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (RoadmapDatabase.UsesPostgreSql(options.Value))
        {
            await using var postgres = await contexts.CreateDbContextAsync(cancellationToken);
            await postgres.Database.MigrateAsync(cancellationToken);
            return;
        }
        Directory.CreateDirectory(options.Value.DataFolder);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        // EF's migrator takes its lock and diffs the model against the snapshot even with nothing to apply (about a
        // quarter of a second at start-up): asked first, it runs only when a migration is pending.
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            return;
        await ClearStaleMigrationLockAsync(db, time.GetUtcNow(), cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>A lock this old was left by a crashed start; a younger one may belong to a process migrating now.</summary>
    public static readonly TimeSpan StaleLockAge = TimeSpan.FromMinutes(10);

    // A process that died mid-migration leaves its lock row behind, and every later migration would wait forever.
    public static async Task ClearStaleMigrationLockAsync(RoadmapDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lockTables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .ToListAsync(cancellationToken);
        if (lockTables.Count == 0)
            return;
        var taken = await db.Database.SqlQueryRaw<string>("SELECT \"Timestamp\" AS Value FROM \"__EFMigrationsLock\"").ToListAsync(cancellationToken);
        // A timestamp that can't be read is no process's: EF writes a parseable one.
        if (taken.All(t => !DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) || now - at > StaleLockAge))
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\";", cancellationToken);
    }
}
