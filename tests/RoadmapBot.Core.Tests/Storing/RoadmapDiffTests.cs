using RoadmapBot.Core.Data;
using RoadmapBot.Core.Storing;

namespace RoadmapBot.Core.Tests.Storing;

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

        // In order, each keeps its week and so its key; out of order, w3.2 would have gone to week 2.
        Assert.Equal(new Dictionary<string, string> { ["w2.2"] = "w2.2", ["w3.2"] = "w3.2" }, diff.Moves);
    }

    [Fact]
    public void Compare_AWeekInsertedAbove_RepeatedTitlesGoWithTheOneOffTitleAboveThem_NotWithTheirOldKey()
    {
        // Every week has "Practice problems"; a new week 1 has one too, at w1.2, where week 1's used to be.
        var diff = RoadmapDiff.Compare(
            [Item("w1.1", "Read chapter 1", true), Item("w1.2", "Practice problems", true), Item("w2.1", "Read chapter 2", true), Item("w2.2", "Practice problems", true)],
            [Item("w1.1", "Set up tools", true), Item("w1.2", "Practice problems", true), Item("w2.1", "Read chapter 1", true), Item("w2.2", "Practice problems", true),
             Item("w3.1", "Read chapter 2", true), Item("w3.2", "Practice problems", true)]);

        Assert.Equal(new Dictionary<string, string> { ["w1.1"] = "w2.1", ["w1.2"] = "w2.2", ["w2.1"] = "w3.1", ["w2.2"] = "w3.2" }, diff.Moves);
        Assert.Equal(["w1.1", "w1.2"], diff.Added.Select(i => i.Key));
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

    [Fact]
    public void Compare_BulletRemovedAbove_ItemsBelowKeepTheirKeys()
    {
        List<StoredItem> now = [Item("w1.1", "Read", true), Item("w1.2", "Cook", true)];

        var diff = RoadmapDiff.Compare([Item("w1.1", "Read", true), Item("w1.2", "Write", true), Item("w1.3", "Cook", true)], now);

        Assert.Equal(["w1.2"], diff.Removed.Select(i => i.Key));
        Assert.Empty(diff.Moved);
        Assert.Equal(new Dictionary<string, string> { ["w1.2"] = "w1.3" }, diff.Renamed);
        Assert.Equal(("w1.3", "w1.2"), (now[1].Key, now[1].ImportKey));
    }

    [Fact]
    public void Compare_ItemMovedToAnotherWeek_TakesThatWeeksKey()
    {
        var diff = RoadmapDiff.Compare([Item("w1.1", "Read", true), Item("w1.2", "Cook", true)], [Item("w1.1", "Read", true), Item("w2.1", "Cook", true)]);

        Assert.Equal("w2.1", diff.Moves["w1.2"]);
        Assert.Empty(diff.Renamed);
    }

    [Fact]
    public void Compare_ItemThatKeptAnOlderKey_MatchesAtItsPlaceNextTime()
    {
        var kept = Item("w1.3", "Cook dinner", true);
        kept.ImportKey = "w1.2";

        var diff = RoadmapDiff.Compare([Item("w1.1", "Read", true), kept], [Item("w1.1", "Read", true), Item("w1.2", "Cook a dinner for two", true)]);

        Assert.Equal("w1.3", diff.Moves["w1.3"]);
        Assert.Single(diff.Changed);
    }
}
