using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Diagnostics;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>
/// The engine and the reminder dispatcher on one database (a SQLite file, or PostgreSQL) with a fake clock, a recording
/// sender and plain content. Several rigs may share one database: that is how restarts and second processes are tested.
/// </summary>
internal sealed class ReminderRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsStore;

    private ReminderRig(ServiceProvider services, TestStore store, bool ownsStore, FakeTimeProvider time, RecordingSender sender, CapturedLogs logs) =>
        (_services, Store, _ownsStore, Time, Sender, Logs) = (services, store, ownsStore, time, sender, logs);

    public TestStore Store { get; }
    public FakeTimeProvider Time { get; }
    public RecordingSender Sender { get; }
    public CapturedLogs Logs { get; }
    public OutboxDelivery Delivery => _services.GetRequiredService<OutboxDelivery>();
    public BotMetrics Metrics => _services.GetRequiredService<BotMetrics>();
    public ReminderDispatcher Dispatcher => _services.GetRequiredService<ReminderDispatcher>();
    public ReminderLoop Loop => _services.GetRequiredService<ReminderLoop>();

    /// <summary>This rig's node name: the owner of its claims, and its Quartz scheduler instance on PostgreSQL.</summary>
    public string Owner => field ??= _services.GetRequiredService<ReminderLease>().Owner;

    /// <summary>Monday 2 March 2026, 06:00 UTC (07:00 in Berlin).</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    /// <summary>A rig on a SQLite file of its own, or on <paramref name="path"/> shared with other rigs.</summary>
    public static Task<ReminderRig> StartAsync(string? path = null, DateTimeOffset? now = null, int busyTimeoutSeconds = 30, bool realContent = false) =>
        StartAsync(TestStore.Sqlite(path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"roadmapbot-reminders-{Guid.NewGuid():N}.db")), true, now, busyTimeoutSeconds, realContent);

    /// <summary>A rig on a fresh database of <paramref name="provider"/>, removed with the rig.</summary>
    public static async Task<ReminderRig> StartAsync(StorageProvider provider, DateTimeOffset? now = null) =>
        await StartAsync(await TestStore.CreateAsync(provider), true, now);

    /// <summary>A rig on <paramref name="store"/>, which the test shares between rigs and removes itself.</summary>
    public static Task<ReminderRig> StartOnAsync(TestStore store, DateTimeOffset? now = null) => StartAsync(store, false, now);

    private static async Task<ReminderRig> StartAsync(TestStore store, bool ownsStore, DateTimeOffset? now, int busyTimeoutSeconds = 30, bool realContent = false)
    {
        var time = new FakeTimeProvider(now ?? MondayMorning);
        var sender = new RecordingSender();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(logs))
            .AddRoadmapCore(o => { store.Apply(o); o.DefaultTimeZone = "Europe/Berlin"; o.BusyTimeoutSeconds = busyTimeoutSeconds; })
            .AddSingleton<IReminderContent>(p => realContent ? ActivatorUtilities.CreateInstance<ReminderMessages>(p) : new KindNameContent())
            .AddSingleton<IReminderSender>(sender)
            .AddSingleton<OutboxDelivery>()
            .AddSingleton<ReminderDispatcher>()
            .AddSingleton<ReminderLoop>()
            .BuildServiceProvider(validateScopes: true);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        var rig = new ReminderRig(services, store, ownsStore, time, sender, logs);
        await rig.CheckInAsync();  // a node's scheduler checks in as it starts
        return rig;
    }

    /// <summary>
    /// On PostgreSQL, what Quartz's cluster manager does every few seconds on a live node: stamps the node's row in
    /// qrtz_scheduler_state with the time (UTC ticks, as Quartz stores instants). A node that stops doing so is dead.
    /// </summary>
    public async Task CheckInAsync()
    {
        if (Store.PostgreSql is null) return;
        await using var db = Db();
        var owner = Owner;
        var ticks = Time.GetUtcNow().UtcTicks;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval)
            VALUES ('RoadmapBot', {owner}, {ticks}, 5000)
            ON CONFLICT (sched_name, instance_name) DO UPDATE SET last_checkin_time = EXCLUDED.last_checkin_time
            """, TestContext.Current.CancellationToken);
    }

    public async Task<string> SendAsync(string text, string user = "ann", string space = "me", bool group = false)
    {
        var message = new ChatMessage(ChatPlatform.Console, space, group, user, user, text) { SenderIsPlatformAdmin = true };
        return Assert.Single(await _services.GetRequiredService<ChatEngine>().HandleAsync(message, TestContext.Current.CancellationToken)).ToPlainText();
    }

    public async Task ImportAsync(string markdown = "# Plan\n## Phase 1\n- [ ] one\n- [ ] two\n", string user = "ann", string space = "me", bool group = false) =>
        Assert.StartsWith("Imported", await SendAsync("/import\n" + markdown, user, space, group));

    public Task<DispatchResult> TickAsync(CancellationToken? ct = null) => Dispatcher.TickAsync(ct ?? TestContext.Current.CancellationToken);

    /// <summary>Moves the clock to <paramref name="instant"/> and runs one tick there.</summary>
    public Task<DispatchResult> TickAtAsync(DateTimeOffset instant)
    {
        Time.SetUtcNow(instant);
        return TickAsync();
    }

    public RoadmapDbContext Db() => _services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();

    public async Task<List<OutboxEntry>> OutboxAsync()
    {
        await using var db = _services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();
        return await db.Outbox.AsNoTracking().OrderBy(o => o.DueAt).ThenBy(o => o.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async Task UpdateMemberAsync(string user, Func<ReminderSettings, ReminderSettings> change)
    {
        await using var db = _services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();
        var member = await db.Members.SingleAsync(m => m.UserId == user, TestContext.Current.CancellationToken);
        member.Settings = change(ReminderSettings.Parse(member.Settings)).ToJson();
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async Task UpdateSpaceAsync(string space, Func<SpaceReminderSettings, SpaceReminderSettings> change)
    {
        await using var db = _services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext();
        var row = await db.Spaces.SingleAsync(s => s.ExternalId == space, TestContext.Current.CancellationToken);
        row.Settings = change(SpaceReminderSettings.Parse(row.Settings)).ToJson();
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask StopAsync()
    {
        await _services.DisposeAsync();
        Store.ReleaseConnections();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ownsStore) await Store.DisposeAsync();
    }

    /// <summary>Content that is just the kind's name, so tests see what was sent without depending on wording.</summary>
    private sealed class KindNameContent : IReminderContent
    {
        public Task<ChatReply?> BuildAsync(RoadmapDbContext db, ReminderRecipient recipient, OutboxEntry entry, DateTimeOffset now, CancellationToken ct) =>
            Task.FromResult<ChatReply?>(ChatReply.Text(ReminderPlanner.Name(entry.Kind)));
    }
}

/// <summary>A sender that records each delivery and answers with a chosen outcome.</summary>
internal sealed class RecordingSender : IReminderSender
{
    public ChatPlatform Platform => ChatPlatform.Console;
    public List<ReminderDelivery> Sent { get; } = [];
    public DeliveryOutcome Outcome { get; set; } = DeliveryOutcome.Sent;

    /// <summary>Set to cancel the tick in the middle of sending, as a process being killed would.</summary>
    public CancellationTokenSource? KillDuringSend { get; set; }

    /// <summary>Runs inside each send before anything reaches the platform: a send waiting for its turn in the paced queue.</summary>
    public Func<Task>? BeforeSend { get; set; }

    /// <summary>Runs inside each send, after it is recorded, with how many were sent so far: a test's moment to step in.</summary>
    public Func<int, Task>? AfterSend { get; set; }

    public async Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        if (KillDuringSend is { } kill)
        {
            await kill.CancelAsync();
            ct.ThrowIfCancellationRequested();
        }
        if (BeforeSend is { } before) await before();
        int count;
        lock (Sent)  // delivery runs several sends at once
        {
            if (Outcome == DeliveryOutcome.Sent) Sent.Add(delivery);
            count = Sent.Count;
        }
        if (AfterSend is { } after) await after(count);
        return Outcome;
    }

    public IEnumerable<string> Kinds => Sent.Select(d => $"{ReminderPlanner.Name(d.Entry.Kind)}@{d.Entry.LocalOccurrence}{(d.Entry.Late ? " late" : "")}");
}
