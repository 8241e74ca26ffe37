using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>An interaction past Discord's 3-second window can no longer be answered: the member saw "interaction failed" and will retry.</summary>
public sealed class StaleInteractionTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync();
        Assert.StartsWith("Imported", (await _rig.ImportAsync(Seeds.Read("000"))).Text);
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task CommandOlderThanThreeSeconds_IsDroppedAndLogged_NotRun()
    {
        var stale = Command("done", ("key", "t1")) with { CreatedAt = _rig.Time.GetUtcNow() - TimeSpan.FromSeconds(4) };

        var replies = await _rig.HandleAsync(stale);

        Assert.Empty(replies.Messages);
        Assert.Equal(0, await DoneAsync());
        Assert.Single(_rig.Logs.Lines, l => l.Level == LogLevel.Warning && l.Line.Contains("dropped") && l.Line.Contains("3-second window"));
    }

    [Fact]
    public async Task ButtonPressOlderThanThreeSeconds_IsDroppedToo()
    {
        var stale = Button("rb:/done t1") with { CreatedAt = _rig.Time.GetUtcNow() - TimeSpan.FromSeconds(30) };

        var replies = await _rig.HandleAsync(stale);

        Assert.Empty(replies.Messages);
        Assert.Empty(replies.Updates);
        Assert.Equal(0, await DoneAsync());
    }

    [Fact]
    public async Task CommandWithinItsWindow_Runs()
    {
        var fresh = Command("done", ("key", "t1")) with { CreatedAt = _rig.Time.GetUtcNow() - TimeSpan.FromSeconds(2) };

        var replies = await _rig.HandleAsync(fresh);

        Assert.Contains("t1", replies.Text);
        Assert.Equal(1, await DoneAsync());
    }

    [Fact]
    public async Task CommandDeferredInTime_RunsAfterWaitingInTheQueue()
    {
        var queued = Command("done", ("key", "t1")) with { CreatedAt = _rig.Time.GetUtcNow() - TimeSpan.FromSeconds(20) };

        var replies = await _rig.HandleAsync(queued, watchdogDeferred: true);

        Assert.Contains("t1", replies.Text);
        Assert.Equal(1, await DoneAsync());
    }

    private async Task<int> DoneAsync()
    {
        await using var db = _rig.Db();
        return await db.Progress.CountAsync(TestContext.Current.CancellationToken);
    }
}
