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
/// with every per-command cost of EF Core removed, to read the 1.5× goal against. The writes are the floor's own
/// (<see cref="DoneFloor.Write"/>), on the reads' connection. With <c>progressInMemory</c> every member's rows are read once
/// at set-up and kept up to date by its own writes, as a bot that keeps members' progress in memory would: the sender read,
/// the summary and the writes are all that is left.
/// </summary>
internal sealed class DoneLowerBound : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _sender;
    private readonly SqliteCommand _rows;
    private readonly DoneFloor _writes;
    private readonly IReadOnlyDictionary<long, RoadmapView> _views;
    private readonly Dictionary<long, Dictionary<string, ItemProgress>>? _kept;

    public DoneLowerBound(string database, IReadOnlyDictionary<long, RoadmapView> views, bool progressInMemory = false)
    {
        _views = views;
        _connection = PreparedSqlite.Open(database);
        _writes = new DoneFloor(_connection);
        _sender = _connection.Prepare($"""
            SELECT s."Id", m."Id", r."Id", r."ContentHash",
                EXISTS (SELECT 1 FROM "PlanShifts" p WHERE p."MemberId" = m."Id"),
                EXISTS (SELECT 1 FROM "HandledUpdates" h WHERE h."Key" = $key)
            FROM "Spaces" s
            LEFT JOIN "Members" m ON m."SpaceId" = s."Id" AND m."UserId" = $user
            LEFT JOIN "Roadmaps" r INDEXED BY "{SpaceRoadmap.StampIndex}" ON r."SpaceId" = s."Id"
            WHERE s."Platform" = $platform AND s."ExternalId" = $space
            """, "$key", "$user", "$platform", "$space");
        _rows = _connection.Prepare("""SELECT "Id", "ItemKey", "Status", "ChangedAt" FROM "Progress" WHERE "MemberId" = $member""", "$member");
        if (progressInMemory)
            _kept = AllRows();
    }

    /// <summary>Marks <paramref name="key"/> done (or open again) for the member and returns the reply's text.</summary>
    public string Run(ChatMessage message, string key, bool done, DateTimeOffset at)
    {
        _sender.Set(message.DeliveryKey!, message.UserId, message.Platform.ToString(), message.SpaceId);
        long space, member;
        using (var sender = _sender.ExecuteReader())
        {
            if (!sender.Read() || sender.IsDBNull(1) || sender.GetBoolean(5))
                throw new InvalidOperationException($"No member {message.UserId}, or {message.DeliveryKey} was handled.");
            (space, member) = (sender.GetInt64(0), sender.GetInt64(1));
        }
        var view = _views[space];
        var rows = _kept?[member] ?? Rows(member);
        var item = view.Find(key) ?? throw new InvalidOperationException($"No item {key}.");
        _writes.Write(space, member, item.Key, done, message.DeliveryKey!, at);
        var status = done ? ItemStatus.Done : ItemStatus.Todo;
        rows[item.Key] = new ItemProgress { MemberId = member, ItemKey = item.Key, Status = status, ChangedAt = at };
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var report = ProgressReport.Compute(view, new MemberProgress(rows), today);
        var reply = new ReplyBuilder();
        reply.Bullet(StatusLines.Item(item, status, today));
        reply.Line(StatusLines.Summary(report));
        return reply.Build().ToPlainText();
    }

    private Dictionary<string, ItemProgress> Rows(long member)
    {
        var rows = new Dictionary<string, ItemProgress>(StringComparer.OrdinalIgnoreCase);
        _rows.Set(member);
        using var reader = _rows.ExecuteReader();
        while (reader.Read())
        {
            var row = new ItemProgress { Id = reader.GetInt64(0), MemberId = member, ItemKey = reader.GetString(1), Status = Enum.Parse<ItemStatus>(reader.GetString(2)), ChangedAt = new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero) };
            rows.Add(row.ItemKey, row);
        }
        return rows;
    }

    private Dictionary<long, Dictionary<string, ItemProgress>> AllRows()
    {
        using var members = _connection.Prepare("""SELECT "Id" FROM "Members" """);
        var ids = new List<long>();
        using (var reader = members.ExecuteReader())
        {
            while (reader.Read())
                ids.Add(reader.GetInt64(0));
        }
        return ids.ToDictionary(id => id, Rows);
    }

    public void Dispose()
    {
        _sender.Dispose();
        _rows.Dispose();
        _writes.Dispose();  // and the connection with it
    }
}
