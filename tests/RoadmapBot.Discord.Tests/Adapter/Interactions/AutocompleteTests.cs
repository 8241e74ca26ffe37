using RoadmapBot.Discord.Tests.Adapter.Fakes;
using static RoadmapBot.Discord.Tests.Adapter.Fakes.Interactions;

namespace RoadmapBot.Discord.Tests.Adapter.Interactions;

/// <summary>Autocomplete choices come from the space's roadmap (seed 000) and keep within Discord's limits.</summary>
public sealed class AutocompleteTests : IAsyncLifetime
{
    private DiscordAdapterRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _rig = await DiscordAdapterRig.CreateAsync();
        await _rig.ImportAsync(Seeds.Read("000"));
    }

    public async ValueTask DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task DoneKey_OffersItemKeysStartingWithWhatWasTyped()
    {
        var replies = await _rig.HandleAsync(Autocomplete("done", "key", "t1"));

        var choices = replies.Choices!;
        Assert.Equal("t1", choices[0].Value);
        Assert.StartsWith("t1 — Python Fundamentals", choices[0].Name);
        Assert.Contains(choices, c => c.Value == "t10");
        Assert.InRange(choices.Count, 2, 25);
        Assert.All(choices, c => Assert.InRange(c.Name.Length, 1, 100));
    }

    [Fact]
    public async Task DoneKey_AfterAFirstKey_CompletesTheLastWordAndKeepsTheFirst()
    {
        var replies = await _rig.HandleAsync(Autocomplete("done", "key", "t1 t2"));

        Assert.Equal("t1 t2", replies.Choices![0].Value);
    }

    [Fact]
    public async Task DoneKey_EmptyField_OffersAtMost25()
    {
        var replies = await _rig.HandleAsync(Autocomplete("done", "key", ""));

        Assert.Equal(25, replies.Choices!.Count);
    }

    [Fact]
    public async Task LogMetric_OffersTheRoadmapsMetricNames()
    {
        var replies = await _rig.HandleAsync(Autocomplete("log", "metric", "s"));

        Assert.Contains(replies.Choices!, c => c.Value == "sql");
        Assert.All(replies.Choices!, c => Assert.InRange(c.Value.Length, 1, 100));
    }

    [Fact]
    public async Task InASpaceWithoutRoadmap_OffersNothing()
    {
        var replies = await _rig.HandleAsync(Autocomplete("done", "key", "t").InDm());

        Assert.Empty(replies.Choices!);
    }

    [Fact]
    public async Task HelpCommand_OffersVerbs()
    {
        var replies = await _rig.HandleAsync(Autocomplete("help", "command", "re"));

        var verbs = replies.Choices!.Select(c => c.Value).ToList();
        Assert.Contains("remind", verbs);
        Assert.Contains("review", verbs);
        Assert.All(verbs, v => Assert.StartsWith("re", v));
    }
}
