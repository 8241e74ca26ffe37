using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Tests;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>
/// The SQLite lease: a process killed on this machine is not waited out, taking over and handing over are one line each,
/// and giving it back on a clean stop never fails the stop.
/// </summary>
public sealed class ReminderLeaseTests
{
    private static DateTimeOffset At(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, TimeSpan.FromHours(1));

    [Fact]
    public async Task LeaseOfAKilledProcessOnThisMachine_IsTakenAtOnce_InOneLine()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        var dead = $"{Environment.MachineName}:{int.MaxValue}:8d63";  // no process has that pid: it was killed with -9
        await SetLeaseAsync(rig, dead, At(2, 8, 2));

        var result = await rig.TickAtAsync(At(2, 8, 0, 1));

        Assert.True(result.Active);
        Assert.Equal(["kickoff@2026-03-02T08:00"], rig.Sender.Kinds);
        var line = Assert.Single(rig.Logs.Lines, l => l.Line.Contains("now sends the reminders", StringComparison.Ordinal));
        Assert.Contains($"taken at once from {dead}: that process no longer runs on this machine", line.Line, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.Logs.Lines, l => l.Line.Contains("stays passive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeaseOfAProcessOnAnotherMachine_IsWaitedOut_ThenTakenInOneLine()
    {
        await using var rig = await ReminderRig.StartAsync();
        await rig.ImportAsync();
        await SetLeaseAsync(rig, "other-host:719:8d63", At(2, 8, 2));  // its pid says nothing about a process elsewhere

        var passive = await rig.TickAtAsync(At(2, 8, 0, 1));
        await rig.TickAtAsync(At(2, 8, 1));
        var active = await rig.TickAtAsync(At(2, 8, 2, 1));

        Assert.False(passive.Active);
        Assert.True(active.Active);
        Assert.Equal(["kickoff@2026-03-02T08:00 late"], rig.Sender.Kinds);  // waited out: sent two minutes after its time
        Assert.Single(rig.Logs.Lines, l => l.Line.Contains("other-host:719:8d63) sends the reminders of this database until", StringComparison.Ordinal));
        var line = Assert.Single(rig.Logs.Lines, l => l.Line.Contains("now sends the reminders", StringComparison.Ordinal));
        Assert.Contains("taken from other-host:719:8d63, whose lease ended at 2026-03-02 07:02:00Z", line.Line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_WhenTheDatabaseRefusesTheWrite_LogsOneLineAndStopsCleanly()
    {
        await using var rig = await ReminderRig.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var contexts = new SwitchableContexts(rig.Store.SqlitePath);
        using var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var time = new FakeTimeProvider(ReminderRig.MondayMorning);
        var lease = new ReminderLease(contexts, time, Options.Create(new RoadmapBotOptions { Database = rig.Store.SqlitePath }),
            factory.CreateLogger<ReminderLease>());
        await using (var db = contexts.CreateDbContext())
            Assert.NotNull(await lease.AcquireAsync(db, time.GetUtcNow(), ct));

        contexts.ReadOnly = true;  // the file turned read-only (or the disk filled) while the bot ran
        await lease.ReleaseAsync(ct);

        var line = Assert.Single(logs.Lines, l => l.Level >= LogLevel.Warning);
        Assert.Contains("Stopping without handing the reminder lease back (SQLite Error 8: 'attempt to write a readonly database'.)", line.Line, StringComparison.Ordinal);
    }

    private static async Task SetLeaseAsync(ReminderRig rig, string owner, DateTimeOffset until)
    {
        await using var db = rig.Db();
        db.SchedulerLeases.Add(new SchedulerLease { Name = SchedulerLease.SingleName, Owner = owner, ExpiresAt = until, CheckedUntil = At(2, 7, 59) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Contexts on one SQLite file, opened read-only once <see cref="ReadOnly"/> is set.</summary>
    private sealed class SwitchableContexts(string path) : IDbContextFactory<RoadmapDbContext>
    {
        public bool ReadOnly { get; set; }

        public RoadmapDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<RoadmapDbContext>().UseSqlite($"Data Source={path};Pooling=False{(ReadOnly ? ";Mode=ReadOnly" : "")}").Options);
    }
}
