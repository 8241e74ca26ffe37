using Microsoft.Data.Sqlite;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>The reminder loop with the database locked longer than the busy timeout (1 s here): it backs off, logs once, loses nothing.</summary>
public sealed class ReminderLoopTests
{
    private static DateTimeOffset At(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, TimeSpan.FromHours(1));

    [Fact]
    public async Task DatabaseLockedPastTheBusyTimeout_BacksOffWithOneLogLine_AndSendsTheKickoffOnceTheLockGoes()
    {
        await using var rig = await BeforeTheKickoffAsync();
        var ct = TestContext.Current.CancellationToken;

        using (Lock(rig.Store.SqlitePath))
        {
            rig.Time.SetUtcNow(At(2, 8, 0, 1));
            for (var i = 0; i < 3; i++)
                Assert.Equal(ReminderLoop.AfterTrouble, await rig.Loop.TickAsync(ct));
            Assert.Empty(rig.Sender.Sent);
        }
        rig.Time.SetUtcNow(At(2, 8, 0, 31));
        await rig.Loop.TickAsync(ct);
        await rig.Loop.TickAsync(ct);

        Assert.Equal(["kickoff@2026-03-02T08:00"], rig.Sender.Kinds);
        Assert.Single(rig.Logs.Lines, l => l.Line.Contains("Database problem in the reminder tick", StringComparison.Ordinal));
        Assert.DoesNotContain(rig.Logs.Lines, l => l.Line.Contains("Reminder tick failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LockBetweenASendAndItsRecord_LeavesTheRowInDoubt_LoggedAndResentMarkedLateOnceTheLockGoes()
    {
        await using var rig = await BeforeTheKickoffAsync();
        var ct = TestContext.Current.CancellationToken;
        IDisposable? holder = null;
        rig.Sender.AfterSend = _ =>
        {
            holder ??= Lock(rig.Store.SqlitePath);
            return Task.CompletedTask;
        };

        rig.Time.SetUtcNow(At(2, 8, 0, 1));
        Assert.Equal(ReminderLoop.AfterTrouble, await rig.Loop.TickAsync(ct));
        rig.Sender.AfterSend = null;
        holder!.Dispose();
        rig.Time.SetUtcNow(At(2, 8, 0, 31));
        await rig.Loop.TickAsync(ct);

        Assert.Equal(["kickoff@2026-03-02T08:00", "kickoff@2026-03-02T08:00 late"], rig.Sender.Kinds);
        Assert.Single(rig.Logs.Lines, l => l.Line.Contains("IN DOUBT kind=kickoff", StringComparison.Ordinal));
        Assert.Equal(OutboxState.Sent, Assert.Single(await rig.OutboxAsync(), o => o.Kind == ReminderKind.Kickoff).State);
    }

    // A member with a roadmap, and a tick at 07:59:50 (Berlin) so the 08:00 kickoff is the next thing due; busy timeout 1 s.
    private static async Task<ReminderRig> BeforeTheKickoffAsync()
    {
        var rig = await ReminderRig.StartAsync(busyTimeoutSeconds: 1);
        await rig.ImportAsync();
        rig.Time.SetUtcNow(At(2, 7, 59, 50));
        await rig.Loop.TickAsync(TestContext.Current.CancellationToken);
        return rig;
    }

    // Another process's write transaction: in WAL mode readers go on, every writer waits for it.
    private static SqliteConnection Lock(string path)
    {
        var holder = new SqliteConnection($"Data Source={path};Pooling=False");
        holder.Open();
        using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        begin.ExecuteNonQuery();
        return holder;
    }
}
