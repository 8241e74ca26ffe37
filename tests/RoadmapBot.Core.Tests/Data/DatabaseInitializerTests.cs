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
    public async Task DataSurvivesRestart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-restart-{Guid.NewGuid():N}.db");
        var first = await TestBot.StartAsync(path);
        await first.ImportAsync(TestRoadmaps.Mini);
        await first.SendAsync("/done t1");
        await first.StopAsync();

        await using var second = await TestBot.StartAsync(path);

        Assert.Contains("Progress: 2/6 done", await second.SendAsync("/progress"));
    }

    private static async Task<string> Scalar(RoadmapDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
