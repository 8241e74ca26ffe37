using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Tests.Commands;

namespace RoadmapBot.Core.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Initialize_AppliesMigrationsAndWal()
    {
        await using var bot = await TestBot.StartAsync();
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.Equal("wal", await Scalar(db, "PRAGMA journal_mode;"));
        Assert.Equal("1", await Scalar(db, "PRAGMA synchronous;"));
    }

    [Fact]
    public async Task Initialize_WithStaleMigrationLock_ClearsItAndStarts()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-lock-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection(SqliteConnectionStrings.For(path)))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE \"__EFMigrationsLock\" (\"Id\" INTEGER PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-01-01');";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var bot = await TestBot.StartAsync(path);

        Assert.StartsWith("Commands", await bot.SendAsync("/help"));
    }

    [Fact]
    public async Task Initialize_UpToDateDatabase_RunsNoMigrator()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-uptodate-{Guid.NewGuid():N}.db");
        await (await TestBot.StartAsync(path)).StopAsync();
        await Sql(path, "DROP TABLE \"__EFMigrationsLock\";");

        await using var bot = await TestBot.StartAsync(path);

        // EF's migrator creates its lock table (and diffs the model against the snapshot) even with nothing to apply: a start-up cost (issue 20).
        Assert.Equal("0", await Sql(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsLock';"));
        Assert.StartsWith("Commands", await bot.SendAsync("/help"));
    }

    [Theory]
    [InlineData(9, 1)]   // another process may still be migrating: its lock stays
    [InlineData(11, 0)]  // a crashed start left it: it goes
    public async Task MigrationLock_IsRemovedOnlyWhenOlderThanTenMinutes(int minutesOld, int rowsLeft)
    {
        await using var bot = await TestBot.StartAsync();
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;
        var taken = (bot.Time.GetUtcNow() - TimeSpan.FromMinutes(minutesOld)).ToString("O", CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);", ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, {taken})", ct);

        await DatabaseInitializer.ClearStaleMigrationLockAsync(db, bot.Time.GetUtcNow(), ct);

        Assert.Equal(rowsLeft.ToString(CultureInfo.InvariantCulture), await Scalar(db, "SELECT COUNT(*) FROM \"__EFMigrationsLock\";"));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task DataSurvivesRestart(StorageProvider provider)
    {
        var store = await TestStore.CreateAsync(provider);
        var first = await TestBot.StartAsync(store);
        await first.ImportAsync(TestRoadmaps.Mini);
        await first.SendAsync("/done t1");
        await first.StopAsync();

        await using var second = await TestBot.StartAsync(store);

        Assert.Contains("Progress: 2/6 done", await second.SendAsync("/progress"));
    }

    [Fact]
    public async Task Initialize_WithPostgreSqlSet_MigratesAnEmptyPostgreSqlDatabase()
    {
        await using var bot = await TestBot.StartAsync(await TestStore.CreateAsync(StorageProvider.PostgreSql, migrated: false));
        await using var db = bot.Db();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.False(File.Exists(bot.Path), "no SQLite file is created when PostgreSQL is configured");
    }

    [Fact]
    public async Task PostgreSqlModel_HasNoChangesMissingFromItsMigrations()
    {
        await using var bot = await TestBot.StartAsync(StorageProvider.PostgreSql);
        await using var db = bot.Db();

        Assert.False(db.Database.HasPendingModelChanges(), "the PostgreSQL migrations lag the model: add a PostgreSQL migration");
    }

    [Fact]
    public async Task SqliteModel_HasNoChangesMissingFromItsMigrations()
    {
        await using var bot = await TestBot.StartAsync();
        await using var db = bot.Db();

        Assert.False(db.Database.HasPendingModelChanges(), "the SQLite migrations lag the model: add a migration");
    }

    private static async Task<string> Sql(string path, string sql)
    {
        await using var connection = new SqliteConnection(SqliteConnectionStrings.For(path));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    private static async Task<string> Scalar(RoadmapDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task Initialize_OfAFileThatIsNoDatabase_IsOneLineNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-text-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, new string('x', 200), TestContext.Current.CancellationToken);

        var failure = await Assert.ThrowsAsync<DatabaseUnusableException>(() => TestBot.StartAsync(path));

        Assert.Equal($"database: the SQLite file {path} is not a SQLite database file.", failure.Message);
        File.Delete(path);
    }

    [Fact]
    public async Task Initialize_OfADatabaseANewerVersionWrote_WarnsAndStarts()
    {
        var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await using (var db = store.Open())
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('20991231000000_FromTheFuture', '11.0.0')", TestContext.Current.CancellationToken);
        }
        var logs = new CapturedLogs();

        await using var bot = await TestBot.StartAsync(store, logs: logs);

        Assert.Contains(logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Line.Contains("1 migration(s) this version does not know (20991231000000_FromTheFuture)", StringComparison.Ordinal));
        Assert.StartsWith("Commands", await bot.SendAsync("/help"));
    }
}
