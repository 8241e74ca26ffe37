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

    [Fact]
    public void Compare_EditedWordingAtTheSamePlace_IsChangedAndKeepsTheKey()
    {
        var diff = RoadmapDiff.Compare(
            [Item("w1.1", "Read chapter one", true), Item("w1.2", "Draft star schema", true)],
            [Item("w1.1", "Read chapter one", true), Item("w1.2", "Draft a star schema", true)]);

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal("title “Draft star schema” → “Draft a star schema”", Assert.Single(diff.Changed).What);
        Assert.Equal("w1.2", diff.Moves["w1.2"]);
    }

    [Fact]
    public void Compare_BulletInsertedAboveASimilarOne_IsAddedAndTheOthersMove()
    {
        // "Read chapter zero" is similar to "Read chapter one" at w1.1, but exact titles match first.
        var diff = RoadmapDiff.Compare(
            [Item("w1.1", "Read chapter one", true), Item("w1.2", "Read chapter two", true)],
            [Item("w1.1", "Read chapter zero", true), Item("w1.2", "Read chapter one", true), Item("w1.3", "Read chapter two", true)]);

        Assert.Equal(["w1.1"], diff.Added.Select(i => i.Key));
        Assert.Empty(diff.Changed);
        Assert.Equal(["w1.2 was w1.1", "w1.3 was w1.2"], diff.Moved.Select(m => $"{m.New.Key} was {m.Old.Key}"));
    }

    [Fact]
    public void Compare_RepeatedTitles_MatchInDocumentOrder()
    {
        var diff = RoadmapDiff.Compare(
            [Item("w2.2", "Solve 8 exercises", true), Item("w3.2", "Solve 8 exercises", true)],
            [Item("w2.1", "Warm up", true), Item("w2.3", "Solve 8 exercises", true), Item("w3.3", "Solve 8 exercises", true)]);

        Assert.Equal(new Dictionary<string, string> { ["w2.2"] = "w2.3", ["w3.2"] = "w3.3" }, diff.Moves);
    }

    [Fact]
    public void Compare_RenumberedTask_MatchesByTitle()
    {
        var diff = RoadmapDiff.Compare([Item("t5", "Deploy"), Item("t6", "Celebrate")], [Item("t6", "Deploy"), Item("t7", "Celebrate")]);

        Assert.Equal(new Dictionary<string, string> { ["t5"] = "t6", ["t6"] = "t7" }, diff.Moves);
        Assert.Equal(2, diff.Moved.Count);
    }

    [Fact]
    public void Compare_DifferentTaskAtTheSamePlace_IsRemovedAndAdded()
    {
        var diff = RoadmapDiff.Compare([Item("w1.2", "Do the exercises", true)], [Item("w1.2", "Watch a talk", true)]);

        Assert.Equal(["w1.2"], diff.Added.Select(i => i.Key));
        Assert.Equal(["w1.2"], diff.Removed.Select(i => i.Key));
        Assert.Empty(diff.Moves);
    }
}
