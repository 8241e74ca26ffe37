using System.Diagnostics;
using Npgsql;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Benchmarks;

/// <summary>A benchmark's SQLite database copied into a database of its own on a PostgreSQL server, dropped afterwards.</summary>
internal static class BenchPostgres
{
    /// <summary>The new database's connection string.</summary>
    public static async Task<string> CopyAsync(string sqlitePath, string server, TextWriter log, CancellationToken ct = default)
    {
        var name = $"roadmapbot_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", ct);
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var clock = Stopwatch.StartNew();
        var result = await DatabaseCopy.SqliteToPostgreSqlAsync(sqlitePath, database, ct);
        if (result.Refusal is { } refusal) throw new InvalidOperationException(refusal);
        log.WriteLine($"// Copied into PostgreSQL ({result.Tables.Sum(t => t.Rows):N0} rows) in {clock.Elapsed.TotalSeconds:N1} s");
        return database;
    }

    public static async Task DropAsync(string server, string database)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(database));
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)", default);
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
