using Microsoft.Data.Sqlite;

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
        : this(PreparedSqlite.Open(database))
    {
    }

    /// <summary>The floor's statements on <paramref name="connection"/>, which it then owns.</summary>
    public DoneFloor(SqliteConnection connection)
    {
        _connection = connection;
        _progress = _connection.Prepare("""
            INSERT INTO "Progress" ("MemberId", "ItemKey", "Status", "ChangedAt") VALUES ($member, $key, $status, $at)
            ON CONFLICT ("MemberId", "ItemKey") DO UPDATE SET "Status" = excluded."Status", "ChangedAt" = excluded."ChangedAt"
            """, "$member", "$key", "$status", "$at");
        _audit = _connection.Prepare("""
            INSERT INTO "Audit" ("SpaceId", "MemberId", "At", "Kind", "Command", "Undo", "Undone") VALUES ($space, $member, $at, 'ItemProgress', $command, $undo, 0)
            """, "$space", "$member", "$at", "$command", "$undo");
        _handled = _connection.Prepare("""INSERT INTO "HandledUpdates" ("Key", "At") VALUES ($key, $at)""", "$key", "$at");
    }

    /// <summary>Marks <paramref name="key"/> done (or open again) for the member and records the audit entry and the handled update.</summary>
    public int Write(long space, long member, string key, bool done, string deliveryKey, DateTimeOffset at)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var command in new[] { _progress, _audit, _handled })
            command.Transaction = transaction;
        var status = done ? "Done" : "Todo";
        _progress.Set(member, key, status, at.UtcTicks);
        _audit.Set(space, member, at.UtcTicks, $"/{(done ? "done" : "todo")} {key}", $$"""{"Item":"{{key}}","Existed":{{(!done).ToString().ToLowerInvariant()}}}""");
        _handled.Set(deliveryKey, at.UtcTicks);
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
}
