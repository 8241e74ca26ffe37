using Microsoft.Extensions.Configuration;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Host.Cli;

/// <summary><c>roadmapbot migrate-data --from FILE.db</c>: the SQLite file into the (empty) PostgreSQL of RoadmapBot:PostgreSql.</summary>
public static class MigrateDataCli
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        if (args is not ["--from", var from])
        {
            await error.WriteLineAsync("error: usage: roadmapbot migrate-data --from FILE.db (into the PostgreSQL database of RoadmapBot__PostgreSql)");
            return 2;
        }
        var postgreSql = configuration[$"{RoadmapBotOptions.Section}:{nameof(RoadmapBotOptions.PostgreSql)}"];
        if (string.IsNullOrWhiteSpace(postgreSql))
        {
            await error.WriteLineAsync("error: no PostgreSQL to copy into: set RoadmapBot__PostgreSql to an Npgsql connection string");
            return 2;
        }
        DatabaseCopyResult result;
        try
        {
            result = await DatabaseCopy.SqliteToPostgreSqlAsync(Path.GetFullPath(from), postgreSql, CancellationToken.None);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            // The message names the server or file problem; the connection string (with its password) is not repeated.
            await error.WriteLineAsync($"error: migrate-data failed, nothing was copied: {e.GetBaseException().Message}");
            return 1;
        }
        if (result.Refusal is not null)
        {
            await error.WriteLineAsync($"error: {result.Refusal}");
            return 1;
        }
        foreach (var (table, rows) in result.Tables)
            await output.WriteLineAsync($"{table}: {rows} {(rows == 1 ? "row" : "rows")}");
        await output.WriteLineAsync($"Copied {result.Tables.Sum(t => t.Rows)} rows from {from} into PostgreSQL.");
        return 0;
    }
}
