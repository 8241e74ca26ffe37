using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>Each reminder goes out once: claimed before it is sent, the lease kept through a long fan-out, outcomes always recorded.</summary>
public sealed class OutboxDeliveryTests
{
    private static DateTimeOffset At(int day, int hour, int minute = 0, int second = 0) => new(2026, 3, day, hour, minute, second, TimeSpan.FromHours(1));

    [Fact]
    public async Task RowBeingSent_IsNotSentAgainByAnotherDeliveryAtTheSameTime()
    {
        await using var rig = await ReminderRig.StartAsync();
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

    [Fact]
    public async Task LongFanOut_KeepsTheLease_SoASecondProcessSendsNothingTwice()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-lease-{Guid.NewGuid():N}.db");
        await using var a = await ReminderRig.StartAsync(path);
        await a.ImportAsync(space: "club", group: true);
        for (var i = 1; i < 40; i++)
            await a.SendAsync("/help", user: $"member{i}", space: "club", group: true);
        await a.TickAtAsync(At(2, 7, 59, 50));
        await using var b = await ReminderRig.StartAsync(path, At(2, 8, 4));
        var passive = true;
        a.Sender.AfterSend = async sent =>
        {
            // Delivery is slow: the first sends take two and a half minutes, past a lease taken once at the start.
            if (sent == 1) a.Time.Advance(TimeSpan.FromMinutes(2.5));
            if (sent == 36) passive = !(await b.TickAsync()).Active;
        };

        await a.TickAtAsync(At(2, 8, 0, 1));

        var keys = a.Sender.Sent.Concat(b.Sender.Sent).Select(d => d.Entry.Key).ToList();
        Assert.Equal(40, keys.Count);
        Assert.Equal(40, keys.Distinct().Count());
        Assert.True(passive, "the second process took the lease in the middle of the first one's fan-out");
    }

    [Fact]
    public async Task ShutdownRightAfterASuccessfulSend_RecordsItSoARestartDoesNotSendItAgain()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmapbot-stop-{Guid.NewGuid():N}.db");
        var first = await ReminderRig.StartAsync(path);
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

        await using var second = await ReminderRig.StartAsync(path, At(2, 8, 4));
        await second.TickAsync();

        Assert.Empty(second.Sender.Sent);
        Assert.Equal(OutboxState.Sent, Assert.Single(await second.OutboxAsync()).State);
    }
}
