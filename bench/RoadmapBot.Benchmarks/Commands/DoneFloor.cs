using Microsoft.Data.Sqlite;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Benchmarks.Commands;

/// <summary>
/// The floor for /done (issue 20): the rows a /done writes (its progress row, its audit entry, the platform update it handled)
/// in one ADO.NET transaction on the same file, with prepared commands on one open connection: nothing read, nothing mapped.
/// </summary>
internal sealed class DoneFloor : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _progress;
    private readonly SqliteCommand _audit;
    private readonly SqliteCommand _handled;

    public DoneFloor(string database)
    {
        _connection = new SqliteConnection(SqliteConnectionStrings.For(database));
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";  // as the bot's own connections (SqlitePragmaInterceptor)
            pragma.ExecuteNonQuery();
        }
        _progress = Command("""
            INSERT INTO "Progress" ("MemberId", "ItemKey", "Status", "ChangedAt") VALUES ($member, $key, $status, $at)
            ON CONFLICT ("MemberId", "ItemKey") DO UPDATE SET "Status" = excluded."Status", "ChangedAt" = excluded."ChangedAt"
            """, "$member", "$key", "$status", "$at");
        _audit = Command("""
            INSERT INTO "Audit" ("SpaceId", "MemberId", "At", "Kind", "Command", "Undo", "Undone") VALUES ($space, $member, $at, 'ItemProgress', $command, $undo, 0)
            """, "$space", "$member", "$at", "$command", "$undo");
        _handled = Command("""INSERT INTO "HandledUpdates" ("Key", "At") VALUES ($key, $at)""", "$key", "$at");
    }

    /// <summary>Marks <paramref name="key"/> done (or open again) for the member and records the audit entry and the handled update.</summary>
    public int Write(long space, long member, string key, bool done, string deliveryKey, DateTimeOffset at)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var command in new[] { _progress, _audit, _handled })
            command.Transaction = transaction;
        var status = done ? "Done" : "Todo";
        Set(_progress, member, key, status, at.UtcTicks);
        Set(_audit, space, member, at.UtcTicks, $"/{(done ? "done" : "todo")} {key}", $$"""{"Item":"{{key}}","Existed":{{(!done).ToString().ToLowerInvariant()}}}""");
        Set(_handled, deliveryKey, at.UtcTicks);
        var rows = _progress.ExecuteNonQuery() + _audit.ExecuteNonQuery() + _handled.ExecuteNonQuery();
        transaction.Commit();
        return rows;
    }

    public void Dispose()
    {
        foreach (var command in new[] { _progress, _audit, _handled })
            command.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
    }
}
