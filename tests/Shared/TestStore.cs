using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Tests;

/// <summary>A test's database on either provider: a temporary SQLite file, or its own PostgreSQL database.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private TestStore(StorageProvider provider, string sqlitePath, string? postgreSql) =>
        (Provider, SqlitePath, PostgreSql) = (provider, sqlitePath, postgreSql);

    public StorageProvider Provider { get; }
    public string SqlitePath { get; }
    public string? PostgreSql { get; }

    public static async Task<TestStore> CreateAsync(StorageProvider provider, bool migrated = true)
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-test-{Guid.NewGuid():N}.db");
        return provider == StorageProvider.PostgreSql
            ? new TestStore(provider, path, await TestPostgres.CreateDatabaseAsync(migrated))
            : new TestStore(provider, path, null);
    }

    public static TestStore Sqlite(string path) => new(StorageProvider.Sqlite, path, null);

    public void Apply(RoadmapBotOptions options)
    {
        options.Database = SqlitePath;
        options.PostgreSql = PostgreSql;
    }

    /// <summary>A context on this database, as the bot would open it.</summary>
    public RoadmapDbContext Open()
    {
        var options = new RoadmapBotOptions();
        Apply(options);
        var builder = new DbContextOptionsBuilder<RoadmapDbContext>();
        RoadmapDatabase.Configure(builder, options);
        return new RoadmapDbContext(builder.Options);
    }

    /// <summary>Closes pooled connections so a later start (or the deletion) sees no leftovers.</summary>
    public void ReleaseConnections()
    {
        if (PostgreSql is null)
            SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionStrings.For(SqlitePath)));
        else
            NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgreSql));
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseConnections();
        if (PostgreSql is not null)
            await TestPostgres.DropDatabaseAsync(PostgreSql);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(SqlitePath + suffix);
    }
}
