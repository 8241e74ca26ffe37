using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoadmapBot.Benchmarks.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Telegram.Reminders;

namespace RoadmapBot.Benchmarks.FanOut;

/// <summary>
/// Issue 4's fan-out: group spaces of ten members on seed 000, every kickoff due at 08:00 in the members' zone, one
/// dispatcher tick at 08:00:01 delivering through the paced Telegram queue to a fake Telegram that enforces the limits.
/// </summary>
public static class FanOutHarness
{
    public const int MembersPerSpace = EngineDatabase.MembersPerSpace;
    public const string Zone = "Europe/Berlin";

    /// <summary>07:59:59 in Berlin on the engine database's day (a Wednesday in phase 2 of seed 000).</summary>
    public static readonly DateTimeOffset BeforeKickoff = new(2026, 4, 15, 7, 59, 59, TimeSpan.FromHours(2));

    /// <summary>With <paramref name="postgreSqlServer"/>, the SQLite database is copied into a new database there (migrate-data's copy) and the tick runs on it.</summary>
    public static async Task<FanOutReport> RunAsync(int members, TextWriter log, string? postgreSqlServer = null, CancellationToken ct = default)
    {
        if (members <= 0 || members % MembersPerSpace != 0)
            throw new ArgumentException($"Members come in spaces of {MembersPerSpace}.", nameof(members));
        var spaces = members / MembersPerSpace;
        var database = await DatabaseAsync(spaces, log);
        string? postgreSql = null;
        try
        {
            if (postgreSqlServer is not null)
                postgreSql = await BenchPostgres.CopyAsync(database, postgreSqlServer, log, ct);
            return await DeliverAsync(database, postgreSql, members, log, ct);
        }
        finally
        {
            EngineDatabase.Delete(database);
            if (postgreSql is not null) await BenchPostgres.DropAsync(postgreSqlServer!, postgreSql);
        }
    }

    // The engine benchmark's cached 1,000-space database when the size matches; otherwise the same builder, smaller.
    private static async Task<string> DatabaseAsync(int spaces, TextWriter log)
    {
        if (spaces == EngineDatabase.Spaces)
            return await EngineDatabase.CopyAsync();
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-fanout-{Guid.NewGuid():N}.db");
        var clock = Stopwatch.StartNew();
        await EngineDatabaseBuilder.BuildAsync(path, BenchFiles.Seed("000"), spaces);
        log.WriteLine($"// Built {spaces} spaces in {clock.Elapsed.TotalSeconds:N1} s");
        return path;
    }

    private static async Task<FanOutReport> DeliverAsync(string database, string? postgreSql, int members, TextWriter log, CancellationToken ct)
    {
        var time = new RunningClock(BeforeKickoff);
        var platform = new FakeTelegramPlatform(TelegramPacing.Limits, time);
        var (content, sending) = (new Stage(), new Stage());
        var services = await EngineHost.StartAsync(database, time, s => s
            .Configure<RoadmapBotOptions>(o => o.DefaultTimeZone = Zone)
            .AddSingleton<IReminderContent>(p => new TimedContent(new ReminderMessages(p.GetRequiredService<IOptions<RoadmapBotOptions>>(), roadmaps: p.GetRequiredService<RoadmapCache>()), content))
            .AddSingleton<IReminderSender>(new TimedSender(new PacedReminderSender(platform, TelegramPacing.Limits, time), sending)), postgreSql);
        try
        {
            var dispatcher = services.GetRequiredService<ReminderDispatcher>();
            // The scheduler was already running before 08:00: this tick records the last day's occurrences as missed.
            var before = time.GetUtcNow();
            var recording = Stopwatch.StartNew();
            await dispatcher.TickAsync(ct);
            log.WriteLine($"// 07:59:59 tick (records the past day as missed): {recording.Elapsed.TotalSeconds:N1} s");
            if (BeforeKickoff.AddSeconds(2) - time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
                await Task.Delay(wait, time, ct);

            GC.Collect();
            var tickAt = time.GetUtcNow();
            var clock = Stopwatch.StartNew();
            List<FanOutReport.Sample> memory;
            await using (var sampler = new MemorySampler(TimeSpan.FromSeconds(2)))
            await using (new Progress(platform, log))
            {
                await dispatcher.TickAsync(ct);
                memory = [.. sampler.Samples.Select(s => new FanOutReport.Sample(s.At, s.HeapBytes, s.WorkingSetBytes))];
            }
            var tickTime = clock.Elapsed;

            await using var db = await services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContextAsync(ct);
            var expected = await db.Outbox.AsNoTracking().Where(o => o.DueAt > before && o.DueAt <= tickAt)
                .Select(o => new { o.Key, o.State }).ToListAsync(ct);
            return new FanOutReport
            {
                Members = members,
                Expected = expected.Select(e => e.Key).ToList(),
                States = expected.GroupBy(e => e.State).ToDictionary(g => g.Key, g => g.Count()),
                Received = platform.Snapshot(),
                TooManyRequests = platform.TooManyRequests,
                TickAt = tickAt,
                TickTime = tickTime,
                ContentTime = content.Total,
                SendTime = sending.Total,
                AllowedPerSecond = TelegramPacing.Limits.PerSecond,
                Memory = memory,
            };
        }
        finally
        {
            await EngineHost.StopAsync(services, database);
        }
    }

    /// <summary>A line every ten seconds while the tick delivers, so a long run shows it is alive.</summary>
    private sealed class Progress : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _printing;

        public Progress(FakeTelegramPlatform platform, TextWriter log) => _printing = PrintAsync(platform, log, _stop.Token);

        private static async Task PrintAsync(FakeTelegramPlatform platform, TextWriter log, CancellationToken ct)
        {
            var clock = Stopwatch.StartNew();
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
            try
            {
                while (await timer.WaitForNextTickAsync(ct))
                    log.WriteLine($"// {clock.Elapsed.TotalSeconds,5:N0} s: {platform.Count:N0} delivered");
            }
            catch (OperationCanceledException)
            {
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _printing;
            _stop.Dispose();
        }
    }
}
