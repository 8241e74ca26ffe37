using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Benchmarks;

/// <summary>
/// A benchmark's SQLite database in a database of its own on a PostgreSQL server, dropped afterwards. The copy is slow
/// (minutes for the engine database), so it is made once per SQLite content into a kept database, and each benchmark
/// process gets a fresh database from it with <c>CREATE DATABASE … TEMPLATE</c>.
/// </summary>
internal static class BenchPostgres
{
    private const string TemplatePrefix = "roadmapbot_bench_tpl_";

    /// <summary>The new database's connection string.</summary>
    public static async Task<string> CopyAsync(string sqlitePath, string server, TextWriter log, CancellationToken ct = default)
    {
        var template = await TemplateAsync(sqlitePath, server, log, ct);
        var name = $"roadmapbot_bench_{Guid.NewGuid():N}";
        var clock = Stopwatch.StartNew();
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", ct);
        log.WriteLine($"// Created {name} from {template} in {clock.Elapsed.TotalSeconds:N1} s");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string server, string database)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(database));
        await DropDatabaseAsync(server, new NpgsqlConnectionStringBuilder(database).Database!, default);
    }

    // Named after the SQLite file's content; only a finished copy gets the name, and older ones are dropped.
    private static async Task<string> TemplateAsync(string sqlitePath, string server, TextWriter log, CancellationToken ct)
    {
        var name = TemplatePrefix + Convert.ToHexStringLower(await HashAsync(sqlitePath, ct))[..16];
        var existing = await DatabasesAsync(server, TemplatePrefix, ct);
        if (existing.Contains(name))
            return name;
        foreach (var stale in existing)
            await DropDatabaseAsync(server, stale, ct);
        var building = $"roadmapbot_bench_building_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{building}\"", ct);
        var database = new NpgsqlConnectionStringBuilder(server) { Database = building }.ConnectionString;
        var clock = Stopwatch.StartNew();
        var result = await DatabaseCopy.SqliteToPostgreSqlAsync(sqlitePath, database, ct);
        if (result.Refusal is { } refusal) throw new InvalidOperationException(refusal);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(database));
        await ExecuteAsync(server, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"", ct);
        log.WriteLine($"// Copied into PostgreSQL ({result.Tables.Sum(t => t.Rows):N0} rows) in {clock.Elapsed.TotalSeconds:N1} s, kept as {name}");
        return name;
    }

    private static async Task<byte[]> HashAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return await SHA256.HashDataAsync(file, ct);
    }

    private static async Task<List<string>> DatabasesAsync(string server, string prefix, CancellationToken ct)
    {
        await using var connection = await OpenAsync(server, ct);
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection);
        command.Parameters.AddWithValue("prefix", prefix);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            names.Add(reader.GetString(0));
        return names;
    }

    private static Task DropDatabaseAsync(string server, string name, CancellationToken ct) =>
        ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", ct);

    private static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = await OpenAsync(server, ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string server, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }
}
