using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Tests.Data;

public sealed class RoadmapDiffTests
{
    private static StoredItem Item(string key, string title, bool positional = false, double? hours = null) =>
        new() { Key = key, Title = title, PhaseKey = "ph1", PositionalKey = positional, Hours = hours };

    [Fact]
    public void Compare_KeyedItems_MatchByKey()
    {
        var diff = RoadmapDiff.Compare(
            [Item("t1", "A", hours: 2), Item("t2", "B")],
            [Item("t1", "A renamed", hours: 3), Item("t3", "C")]);

        Assert.Equal(["t3"], diff.Added.Select(i => i.Key));
        Assert.Equal(["t2"], diff.Removed.Select(i => i.Key));
        Assert.Equal("title “A” → “A renamed”, hours 2 → 3", Assert.Single(diff.Changed).What);
        Assert.Equal("t1", diff.Moves["t1"]);
    }

    [Fact]
    public void Compare_PositionalItems_MatchByTitleSoSwapsMoveProgress()
    {
        var diff = RoadmapDiff.Compare(
            [Item("w1.1", "Read", true), Item("w1.2", "Write", true)],
            [Item("w1.1", "Write", true), Item("w1.2", "Read", true)]);

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal(new Dictionary<string, string> { ["w1.1"] = "w1.2", ["w1.2"] = "w1.1" }, diff.Moves);
    }
}
