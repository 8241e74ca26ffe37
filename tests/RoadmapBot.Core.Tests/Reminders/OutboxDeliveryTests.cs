using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>
/// Each reminder goes out once, on either database: claimed before it is sent, outcomes always recorded. On SQLite a
/// second process waits out the lease; on PostgreSQL (Quartz's cluster decides who ticks) it may tick at once.
/// </summary>
public sealed class OutboxDeliveryTests
{
    private static DateTimeOffset At(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, TimeSpan.FromHours(1));

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task RowBeingSent_IsNotSentAgainByAnotherDeliveryAtTheSameTime(StorageProvider provider)
    {
        await using var rig = await ReminderRig.StartAsync(provider);
        await rig.ImportAsync();
        await rig.TickAtAsync(At(2, 7, 59, 50));
        var second = Task.CompletedTask;
        rig.Sender.AfterSend = sent =>
        {
            if (sent != 1) return Task.CompletedTask;
            second = rig.Delivery.DeliverDueAsync(rig.Time.GetUtcNow(), TestContext.Current.CancellationToken);
            return second;
        };

        await rig.TickAtAsync(At(2, 8, 0, 1));
        await second;

        Assert.Equal(["kickoff@2026-03-02T08:00"], rig.Sender.Kinds);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task SecondProcessTickingDuringALongFanOut_SendsNothingTwice(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var a = await ReminderRig.StartOnAsync(store);
        await a.ImportAsync(space: "club", group: true);
        for (var i = 1; i < 40; i++)
            await a.SendAsync("/help", user: $"member{i}", space: "club", group: true);
        await a.TickAtAsync(At(2, 7, 59, 50));
        await using var b = await ReminderRig.StartOnAsync(store);
        bool? secondActive = null;
        a.Sender.AfterSend = async sent =>
        {
            // Delivery is slow: the first sends take two and a half minutes, past a lease taken once at the start.
            if (sent == 1) a.Time.Advance(TimeSpan.FromMinutes(2.5));
            if (sent != 36) return;
            b.Time.SetUtcNow(a.Time.GetUtcNow());  // two nodes, one clock
            await a.CheckInAsync();  // the first node is alive: its scheduler kept checking in
            secondActive = (await b.TickAsync()).Active;
        };

        await a.TickAtAsync(At(2, 8, 0, 1));

        var keys = a.Sender.Sent.Concat(b.Sender.Sent).Select(d => d.Entry.Key).ToList();
        Assert.Equal(40, keys.Count);
        Assert.Equal(40, keys.Distinct().Count());
        // SQLite: the first process renewed its lease through the fan-out; PostgreSQL: no lease gates the tick, claims keep it once.
        Assert.Equal(provider == StorageProvider.PostgreSql, secondActive);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task ShutdownRightAfterASuccessfulSend_RecordsItSoARestartDoesNotSendItAgain(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var first = await ReminderRig.StartOnAsync(store);
        await first.ImportAsync();
        await first.TickAtAsync(At(2, 7, 59, 50));
        using var stop = new CancellationTokenSource();
        first.Sender.AfterSend = _ => stop.CancelAsync();
        first.Time.SetUtcNow(At(2, 8, 0, 1));
        try
        {
            await first.TickAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping: the tick may end either way, the send's outcome must be stored.
        }
        Assert.Single(first.Sender.Sent);
        await first.StopAsync();

        await using var second = await ReminderRig.StartOnAsync(store, At(2, 8, 4));
        await second.TickAsync();

        Assert.Empty(second.Sender.Sent);
        Assert.Equal(OutboxState.Sent, Assert.Single(await second.OutboxAsync()).State);
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task KilledDuringSend_TheClaimedRowIsInDoubt_LoggedAndResentOnceMarkedLate(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await KilledMidSendAsync(store);

        await using var second = await ReminderRig.StartOnAsync(store, At(2, 8, 4));
        await second.TickAsync();
        await second.TickAtAsync(At(2, 8, 5));

        Assert.Equal(["kickoff@2026-03-02T08:00 late"], second.Sender.Kinds);
        Assert.Equal(OutboxState.Sent, Assert.Single(await second.OutboxAsync()).State);
        Assert.Single(second.Logs.Lines, l => l.Line.Contains("IN DOUBT") && l.Line.Contains("kickoff"));
    }

    [Theory]
    [MemberData(nameof(Storage.Providers), MemberType = typeof(Storage))]
    public async Task NodeThatDiedHoldingTheLease_HoldsBackAnotherOnlyOnSqlite(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var first = await ReminderRig.StartOnAsync(store);
        await first.ImportAsync();
        await first.TickAtAsync(At(2, 7, 59, 50));
        await first.StopAsync();  // killed: the lease is not handed back

        await using var second = await ReminderRig.StartOnAsync(store, At(2, 8, 0, 1));
        var result = await second.TickAsync();

        // PostgreSQL: Quartz moved the tick to this node, which sends at once; SQLite: it waits until the lease runs out.
        var clustered = provider == StorageProvider.PostgreSql;
        Assert.Equal(clustered, result.Active);
        Assert.Equal(clustered ? ["kickoff@2026-03-02T08:00"] : [], second.Sender.Kinds);
    }

    [Fact]
    public async Task OnPostgreSql_AClaimWaitingLongForItsTurn_IsLeftToItsNodeWhileTheNodeChecksIn()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.PostgreSql);
        await using var a = await ReminderRig.StartOnAsync(store);
        await a.ImportAsync();
        await a.TickAtAsync(At(2, 7, 59, 50));
        await using var b = await ReminderRig.StartOnAsync(store);
        var waiting = new TaskCompletionSource();
        var turn = new TaskCompletionSource();
        a.Sender.BeforeSend = () =>
        {
            waiting.TrySetResult();
            return turn.Task;
        };

        a.Time.SetUtcNow(At(2, 8, 0, 1));
        var tick = a.TickAsync();
        await waiting.Task;
        // Five minutes in the paced queue (a busy group, a long retry-after): the node is alive, its scheduler checks in.
        a.Time.SetUtcNow(At(2, 8, 5));
        await a.CheckInAsync();
        await b.TickAtAsync(At(2, 8, 5));
        turn.SetResult();
        await tick;

        Assert.Empty(b.Sender.Sent);
        Assert.Equal(["kickoff@2026-03-02T08:00"], a.Sender.Kinds);
        Assert.DoesNotContain(b.Logs.Lines, l => l.Line.Contains("IN DOUBT"));
        Assert.Equal(OutboxState.Sent, Assert.Single(await b.OutboxAsync()).State);
    }

    [Fact]
    public async Task OnPostgreSql_AClaimOfANodeThatStoppedCheckingIn_IsInDoubtHoweverYoung()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.PostgreSql);
        var first = await KilledMidSendAsync(store);

        // Quartz takes a node for dead once it missed its check-in (5 s) by the misfire threshold (15 s).
        await using var second = await ReminderRig.StartOnAsync(store, At(2, 8, 0, 20));
        await second.TickAsync();
        Assert.Empty(second.Sender.Sent);
        await second.TickAtAsync(At(2, 8, 0, 22));

        Assert.Equal(["kickoff@2026-03-02T08:00 late"], second.Sender.Kinds);
        Assert.Single(second.Logs.Lines, l => l.Line.Contains("IN DOUBT") && l.Line.Contains(first.Owner));
    }

    [Fact]
    public async Task OnPostgreSql_ANodesOwnClaimLeftByAnInterruptedTick_IsInDoubtAtItsNextTick()
    {
        await using var rig = await ReminderRig.StartAsync(StorageProvider.PostgreSql);
        await rig.ImportAsync();
        using var interrupt = new CancellationTokenSource();
        rig.Sender.KillDuringSend = interrupt;
        rig.Time.SetUtcNow(At(2, 8, 0, 1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.TickAsync(interrupt.Token));
        rig.Sender.KillDuringSend = null;

        // Alive and checking in, but nothing of this node sends that row any more: it is in doubt.
        rig.Time.SetUtcNow(At(2, 8, 0, 31));
        await rig.CheckInAsync();
        await rig.TickAsync();

        Assert.Equal(["kickoff@2026-03-02T08:00 late"], rig.Sender.Kinds);
        Assert.Single(rig.Logs.Lines, l => l.Line.Contains("IN DOUBT"));
    }

    // A node that checked in at 08:00:01, claimed the 08:00 kickoff and was killed sending it: the row is left claimed, its scheduler checks in no more.
    private static async Task<ReminderRig> KilledMidSendAsync(TestStore store)
    {
        var first = await ReminderRig.StartOnAsync(store);
        await first.ImportAsync();
        using var kill = new CancellationTokenSource();
        first.Sender.KillDuringSend = kill;
        first.Time.SetUtcNow(At(2, 8, 0, 1));
        await first.CheckInAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.TickAsync(kill.Token));
        Assert.Equal(OutboxState.Sending, Assert.Single(await first.OutboxAsync()).State);
        await first.StopAsync();
        return first;
    }
}
