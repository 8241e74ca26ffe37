using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using static RoadmapBot.Benchmarks.Commands.EngineDatabase;

namespace RoadmapBot.Benchmarks.Commands;

/// <summary>
/// /done (target: under 1 ms) and /progress (target: under 2 ms) through the real engine and SQLite, on 1,000 spaces ×
/// 10 members × seed 000 with 90 days of logs. Calls rotate through every member in a shuffled order, so no member or
/// space is hot in SQLite, and /done alternates with /todo per member so every call writes. Each space's roadmap view
/// is in the engine's RoadmapCache after the first pass, as in a long-running bot. With ROADMAPBOT_BENCH_POSTGRES set (an
/// Npgsql server connection string) each benchmark also runs on PostgreSQL, the same database copied in. /done carries a
/// platform delivery key, as Telegram's and Discord's do, so it records the handled update; its floor (issue 20) writes
/// the same three rows with ADO.NET in one transaction on the same file.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory), CategoriesColumn]
public class EngineBenchmarks
{
    public const string PostgresVariable = "ROADMAPBOT_BENCH_POSTGRES";
    private string _database = "";
    private string? _postgreSql;
    private ServiceProvider? _services;
    private ChatEngine? _engine;
    private ChatMessage[] _done = [];
    private ChatMessage[] _todo = [];
    private ChatMessage[] _progress = [];
    private int _doneCalls;
    private int _floorCalls;
    private DoneFloor? _floor;
    private DoneLowerBound? _lowerBound;
    private DoneLowerBound? _inMemory;
    private int _lowerBoundCalls;
    private int _inMemoryCalls;
    private Dictionary<long, RoadmapView> _views = [];
    private (long Space, long Member)[] _floorIds = [];
    private List<string> _untouched = [];
    private int _progressCalls;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "SQLite";

    public static IEnumerable<string> Providers() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)) ? ["SQLite"] : ["SQLite", "PostgreSQL"];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await CopyAsync();
        if (Provider == "PostgreSQL")
            _postgreSql = await BenchPostgres.CopyAsync(_database, Environment.GetEnvironmentVariable(PostgresVariable)!, Console.Out);
        // 10 ms a reading: a member's next turn comes 10,000 commands later, minutes on, so the rate limit never bites.
        _services = await EngineHost.StartAsync(_database, new SteppingClock(Now, TimeSpan.FromMilliseconds(10)), postgreSql: _postgreSql);
        _engine = _services.GetRequiredService<ChatEngine>();
        _views = await EngineHost.FillRoadmapCacheAsync(_services);
        var untouched = _untouched = await UntouchedKeysAsync();
        var members = ShuffledMembers();
        _done = [.. members.Select((m, i) => Message(m, $"/done {untouched[i % untouched.Count]}"))];
        _todo = [.. members.Select((m, i) => Message(m, $"/todo {untouched[i % untouched.Count]}"))];
        _progress = [.. members.Select(m => Message(m, "/progress"))];
        _floorIds = await IdsAsync(members);
        if (Provider == "SQLite")
        {
            _floor = new DoneFloor(_database);
            _lowerBound = new DoneLowerBound(_database, _views);
            _inMemory = new DoneLowerBound(_database, _views, progressInMemory: true);
        }
        await DescribeAsync();
        Require(await Done(), "✅ ", "Progress: ");
        // The references run on SQLite only; each must answer as /done does.
        foreach (var reply in _lowerBound is null ? [] : new[] { DoneLowerBound(), DoneLowerBoundProgressInMemory() })
        {
            if (!reply.Contains("Progress: ", StringComparison.Ordinal))
                throw new InvalidOperationException($"Expected a reference's reply to summarise progress, got: {reply}");
        }
        Require(await Progress(), "Progress: ", "Streak: ");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _floor?.Dispose();
        _lowerBound?.Dispose();
        _inMemory?.Dispose();
        if (_services is not null)
            await EngineHost.StopAsync(_services, _database);
        if (_postgreSql is not null)
            await BenchPostgres.DropAsync(Environment.GetEnvironmentVariable(PostgresVariable)!, _postgreSql);
        Delete(_database);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Done")]
    public int DoneFloor()
    {
        var call = _floorCalls++;
        var i = call % _floorIds.Length;
        var (space, member) = _floorIds[i];
        var done = call / _floorIds.Length % 2 == 0;
        // Half the list away from the key /done uses for this member, so the floor and /done never write the same row.
        var key = _untouched[(i + _untouched.Count / 2) % _untouched.Count];
        return _floor?.Write(space, member, key, done, $"floor:{call}", Now.AddMilliseconds(call)) ?? 0;
    }

    [Benchmark, BenchmarkCategory("Done")]
    public Task<ChatReply> Done()
    {
        var call = _doneCalls++;
        // Each member comes round once per pass: odd passes take back what even passes did.
        var messages = call / _done.Length % 2 == 0 ? _done : _todo;
        return SendAsync(messages[call % messages.Length] with { DeliveryKey = $"done:{call}" });
    }

    /// <summary>/done's reads, summary and writes in prepared ADO.NET without EF (<see cref="Commands.DoneLowerBound"/>): not the bot, a reference.</summary>
    [Benchmark, BenchmarkCategory("Done")]
    public string DoneLowerBound() =>
        _lowerBound is null ? "" : RunReference(_lowerBound, _lowerBoundCalls++, "lower", quarters: 1);

    /// <summary>The same with every member's progress kept in memory: the least a /done can be with the sender read from the database.</summary>
    [Benchmark, BenchmarkCategory("Done")]
    public string DoneLowerBoundProgressInMemory() =>
        _inMemory is null ? "" : RunReference(_inMemory, _inMemoryCalls++, "kept", quarters: 3);

    // Each reference a number of quarters of the list away from /done's key (the floor's is two), so none writes another's row.
    private string RunReference(DoneLowerBound reference, int call, string label, int quarters)
    {
        var i = call % _done.Length;
        var done = call / _done.Length % 2 == 0;
        var key = _untouched[(i + _untouched.Count * quarters / 4) % _untouched.Count];
        var message = _done[i] with { Text = $"/{(done ? "done" : "todo")} {key}", DeliveryKey = $"{label}:{call}" };
        return reference.Run(message, key, done, Now.AddMilliseconds(call));
    }

    [Benchmark, BenchmarkCategory("Progress")]
    public Task<ChatReply> Progress() => SendAsync(_progress[_progressCalls++ % _progress.Length]);

    // Refusals, failures and "already done" are one block; a real /done or /progress reply is several.
    private async Task<ChatReply> SendAsync(ChatMessage message) =>
        await _engine!.HandleAsync(message) is [{ Blocks.Count: > 1 } reply]
            ? reply
            : throw new InvalidOperationException($"'{message.Text}' from {message.UserId} did not get a real reply.");

    private static ChatMessage Message((int Space, int Member) who, string text) =>
        new(ChatPlatform.Telegram, SpaceId(who.Space), true, UserId(who.Space, who.Member), DisplayName(who.Space, who.Member), text);

    private static void Require(ChatReply reply, params string[] expected)
    {
        var text = reply.ToPlainText();
        if (!expected.All(e => text.Contains(e, StringComparison.Ordinal)))
            throw new InvalidOperationException($"Expected a reply with {string.Join(" and ", expected)}, got: {text}");
    }

    private RoadmapDbContext Db() => _services!.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();

    // Keys nobody has progress on, so the first /done of each member changes something. Every roadmap is the same.
    private async Task<List<string>> UntouchedKeysAsync()
    {
        await using var db = Db();
        var roadmap = await db.Roadmaps.MinAsync(r => r.Id);
        return await db.Items.Where(i => i.RoadmapId == roadmap && i.Order >= SeededItems).OrderBy(i => i.Order).Select(i => i.Key).ToListAsync();
    }

    // The floor writes for the same members in the same shuffled order, by their row ids.
    private async Task<(long Space, long Member)[]> IdsAsync((int Space, int Member)[] members)
    {
        await using var db = Db();
        var ids = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.UserId, m => (m.SpaceId, m.Id));
        return [.. members.Select(m => ids[UserId(m.Space, m.Member)])];
    }

    private async Task DescribeAsync()
    {
        await using var db = Db();
        Console.WriteLine(
            $"// Database: {await db.Spaces.CountAsync()} spaces, {await db.Members.CountAsync()} members, " +
            $"{await db.Roadmaps.CountAsync()} roadmaps, {await db.Items.CountAsync()} items, " +
            $"{await db.Progress.CountAsync()} progress rows, {await db.MetricLogs.CountAsync()} metric logs, " +
            $"{new FileInfo(_database).Length / 1024 / 1024} MB");
    }
}
