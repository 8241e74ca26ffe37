using Microsoft.Data.Sqlite;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Benchmarks.Commands;

/// <summary>
/// The least a /done can do on the bot's schema (issue 20): the engine's reads (the sender with the roadmap's stamp and the
/// delivery's flag, the member's progress rows), the roadmap view from memory, the reply's summary with Core's own code, and
/// the floor's three writes; every statement prepared once on one open connection, no EF. Not the bot: what /done would cost
/// with every per-command cost of EF Core removed, to read the 1.5× goal against.
/// </summary>
internal sealed class DoneLowerBound : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _sender;
    private readonly SqliteCommand _rows;
    private readonly SqliteCommand _progress;
    private readonly SqliteCommand _audit;
    private readonly SqliteCommand _handled;
    private readonly IReadOnlyDictionary<long, RoadmapView> _views;

    public DoneLowerBound(string database, IReadOnlyDictionary<long, RoadmapView> views)
    {
        _views = views;
        _connection = new SqliteConnection(SqliteConnectionStrings.For(database));
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }
        _sender = Command($"""
            SELECT s."Id", m."Id", r."Id", r."ContentHash",
                EXISTS (SELECT 1 FROM "PlanShifts" p WHERE p."MemberId" = m."Id"),
                EXISTS (SELECT 1 FROM "HandledUpdates" h WHERE h."Key" = $key)
            FROM "Spaces" s
            LEFT JOIN "Members" m ON m."SpaceId" = s."Id" AND m."UserId" = $user
            LEFT JOIN "Roadmaps" r INDEXED BY "{SpaceRoadmap.StampIndex}" ON r."SpaceId" = s."Id"
            WHERE s."Platform" = $platform AND s."ExternalId" = $space
            """, "$key", "$user", "$platform", "$space");
        _rows = Command("""SELECT "Id", "ItemKey", "Status", "ChangedAt" FROM "Progress" WHERE "MemberId" = $member""", "$member");
        _progress = Command("""
            INSERT INTO "Progress" ("MemberId", "ItemKey", "Status", "ChangedAt") VALUES ($member, $key, $status, $at)
            ON CONFLICT ("MemberId", "ItemKey") DO UPDATE SET "Status" = excluded."Status", "ChangedAt" = excluded."ChangedAt"
            """, "$member", "$key", "$status", "$at");
        _audit = Command("""
            INSERT INTO "Audit" ("SpaceId", "MemberId", "At", "Kind", "Command", "Undo", "Undone") VALUES ($space, $member, $at, 'ItemProgress', $command, $undo, 0)
            """, "$space", "$member", "$at", "$command", "$undo");
        _handled = Command("""INSERT INTO "HandledUpdates" ("Key", "At") VALUES ($key, $at)""", "$key", "$at");
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="status"/> for the member and returns the reply's text.</summary>
    public string Run(ChatMessage message, string key, ItemStatus status, DateTimeOffset at)
    {
        Set(_sender, message.DeliveryKey!, message.UserId, message.Platform.ToString(), message.SpaceId);
        long space, member;
        using (var sender = _sender.ExecuteReader())
        {
            if (!sender.Read() || sender.IsDBNull(1) || sender.GetBoolean(5))
                throw new InvalidOperationException($"No member {message.UserId}, or {message.DeliveryKey} was handled.");
            (space, member) = (sender.GetInt64(0), sender.GetInt64(1));
        }
        var view = _views[space];
        var rows = new Dictionary<string, ItemProgress>(StringComparer.OrdinalIgnoreCase);
        Set(_rows, member);
        using (var reader = _rows.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = new ItemProgress { Id = reader.GetInt64(0), MemberId = member, ItemKey = reader.GetString(1), Status = Enum.Parse<ItemStatus>(reader.GetString(2)), ChangedAt = new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero) };
                rows.Add(row.ItemKey, row);
            }
        }
        var item = view.Find(key) ?? throw new InvalidOperationException($"No item {key}.");
        var existed = rows.TryGetValue(item.Key, out var before);
        using (var transaction = _connection.BeginTransaction())
        {
            foreach (var command in new[] { _progress, _audit, _handled })
                command.Transaction = transaction;
            Set(_progress, member, item.Key, status.ToString(), at.UtcTicks);
            Set(_audit, space, member, at.UtcTicks, message.Text, $$"""[{"ItemKey":"{{item.Key}}","Existed":{{(existed ? "true" : "false")}},"Status":"{{before?.Status ?? item.InitialStatus}}"}]""");
            Set(_handled, message.DeliveryKey!, at.UtcTicks);
            _progress.ExecuteNonQuery();
            _audit.ExecuteNonQuery();
            _handled.ExecuteNonQuery();
            transaction.Commit();
        }
        rows[item.Key] = new ItemProgress { MemberId = member, ItemKey = item.Key, Status = status, ChangedAt = at };
        var report = ProgressReport.Compute(view, new MemberProgress(rows), DateOnly.FromDateTime(at.UtcDateTime));
        var reply = new ReplyBuilder();
        reply.Bullet(StatusLines.Item(item, status));
        reply.Line(StatusLines.Summary(report));
        return reply.Build().ToPlainText();
    }

    public void Dispose()
    {
        foreach (var command in new[] { _sender, _rows, _progress, _audit, _handled })
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
