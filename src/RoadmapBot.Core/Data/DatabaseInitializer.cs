using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RoadmapBot.Core.Data;

/// <summary>
/// Brings the database up to date at start-up: for SQLite the directory, stale migration lock, migrations and WAL; for
/// PostgreSQL its migrations (EF takes a database lock, so instances starting together migrate once).
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<RoadmapDbContext> contexts, IOptions<RoadmapBotOptions> options, TimeProvider time, ILogger<DatabaseInitializer> logger)
{
    /// <summary>How long a start waits for a database that is not reachable yet (PostgreSQL starting beside the bot).</summary>
    public static readonly TimeSpan WaitForDatabase = TimeSpan.FromMinutes(1);

    /// <summary>Migrates, or throws <see cref="DatabaseUnusableException"/> with one line an operator can act on.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var started = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateAsync(cancellationToken);
                return;
            }
            catch (DbException e) when (e.IsTransient && time.GetUtcNow() - started < WaitForDatabase && !cancellationToken.IsCancellationRequested)
            {
                if (attempt == 1)
                    logger.LogWarning("The database is not reachable yet ({Reason}); trying again for up to a minute", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(8, 1 << attempt)), time, cancellationToken);
            }
            catch (Exception e) when (e is DbException or ArgumentException && !cancellationToken.IsCancellationRequested)
            {
                throw new DatabaseUnusableException(Describe(e), e);
            }
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!RoadmapDatabase.UsesPostgreSql(options.Value))
        {
            Directory.CreateDirectory(options.Value.DataFolder);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // EF's migrator takes its lock and diffs the model against the snapshot even with nothing to apply (about a
        // quarter of a second at start-up): asked first, it runs only when a migration is pending.
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var known = db.Database.GetMigrations().ToList();
        // A database a newer version wrote (an image rolled back): this one may write rows the newer schema does not expect.
        if (applied.Except(known).ToList() is { Count: > 0 } newer)
            logger.LogWarning("The database has {Count} migration(s) this version does not know ({Newest}): a newer RoadmapBot wrote it. Run that version, or expect errors where the schema changed.",
                newer.Count, newer.Max());
        if (!known.Except(applied).Any())
            return;
        if (!RoadmapDatabase.UsesPostgreSql(options.Value))
            await ClearStaleMigrationLockAsync(db, time.GetUtcNow(), cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    // What failed, where, in words: a connection string's own text can hold a password, so its parse error is not quoted.
    private string Describe(Exception e)
    {
        var where = RoadmapDatabase.UsesPostgreSql(options.Value)
            ? "the PostgreSQL database (RoadmapBot:PostgreSql)"
            : $"the SQLite file {Path.GetFullPath(options.Value.Database)}";
        return e switch
        {
            ArgumentException => $"database: cannot read the connection string of {where}: check its form (a value with ';' or '=' must be in quotes).",
            SqliteException { SqliteErrorCode: 26 } => $"database: {where} is not a SQLite database file.",
            SqliteException { SqliteErrorCode: 11 } => $"database: {where} is damaged ({e.Message}); restore it from a backup.",
            _ => $"database: cannot use {where}: {e.Message}",
        };
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

/// <summary>The database cannot be opened or migrated at start-up: its message is the one line for the operator.</summary>
public sealed class DatabaseUnusableException(string message, Exception inner) : Exception(message, inner);
