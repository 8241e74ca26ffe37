using Microsoft.EntityFrameworkCore;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>One interaction id is one delivery: the same interaction again (a replayed request, a duplicated event) runs nothing.</summary>
public sealed class ReplayedInteractionTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync();
        await _rig.ImportAsync(Seeds.Read("000"));
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task SameInteractionAgain_LogsOnce_AndIsNotAnsweredAgain()
    {
        var log = Command("log", ("metric", "sql"), ("amount", "4"));

        var first = await _rig.HandleAsync(log);
        var again = await _rig.HandleAsync(log);
        var third = await _rig.HandleAsync(log);

        Assert.Single(first.Messages);
        Assert.Empty(again.Messages);
        Assert.Empty(third.Messages);
        await using var db = _rig.Db();
        Assert.Equal(1, await db.MetricLogs.CountAsync(TestContext.Current.CancellationToken));
        Assert.Contains(_rig.Logs.Lines, l => l.Line.Contains("came again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameButtonPressAgain_RunsItsCommandOnce()
    {
        var press = Button($"rb:{Ana.Id}/log sql 2");

        await _rig.HandleAsync(press);
        var again = await _rig.HandleAsync(press);

        Assert.Empty(again.Messages);
        await using var db = _rig.Db();
        Assert.Equal(1, await db.MetricLogs.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReadOnlyCommandAgain_IsNotAnsweredAgain()
    {
        var today = Command("today");

        Assert.NotEmpty((await _rig.HandleAsync(today)).Messages);
        Assert.Empty((await _rig.HandleAsync(today)).Messages);
    }

    [Fact]
    public async Task AutocompleteForTheSameIdAgain_IsStillAnswered()
    {
        var typing = Autocomplete("log", "metric", "s");

        Assert.NotNull((await _rig.HandleAsync(typing)).Choices);
        Assert.NotNull((await _rig.HandleAsync(typing)).Choices);
    }
}
