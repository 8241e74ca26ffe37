using RoadmapBot.Core.Storing;

namespace RoadmapBot.Core.Tests.Storing;

/// <summary>The examples the threshold (0.6) was chosen from: rewordings above it, different tasks below it.</summary>
public sealed class TitleSimilarityTests
{
    [Theory]
    [InlineData("Draft star schema (`staging`, `intermediate`, `marts`).", "Draft a star schema (`staging`, `intermediate`, `marts`).", 1.0)]
    [InlineData("Read chapter one", "Read chapter one carefully", 0.857)]
    [InlineData("Build the demo", "Build the demo app", 0.8)]
    [InlineData("Solve 8 advanced SQL exercises", "Solve 10 advanced SQL exercises", 0.8)]
    [InlineData("Read chapter one", "Read chapter two", 0.667)]
    public void Similar_Rewordings_ScoreAtLeastTheThreshold(string before, string after, double score)
    {
        Assert.Equal(score, TitleSimilarity.Score(before, after), 3);
        Assert.True(TitleSimilarity.Similar(before, after));
    }

    [Theory]
    [InlineData("Plan the demo", "Build the demo", 0.5)]
    [InlineData("Do the exercises", "Watch a talk", 0.0)]
    [InlineData("Implement schema v1 in Postgres.", "Implement late-arriving data handling patterns.", 0.2)]
    [InlineData("Solve 8 advanced SQL exercises.", "Solve remaining SQL exercises (25+ total).", 0.545)]
    public void Similar_DifferentTasks_ScoreBelowTheThreshold(string before, string after, double score)
    {
        Assert.Equal(score, TitleSimilarity.Score(before, after), 3);
        Assert.False(TitleSimilarity.Similar(before, after));
    }

    [Fact]
    public void Normalize_IgnoresCasePunctuationAndFillerWords()
    {
        Assert.Equal("draft star schema", TitleSimilarity.Normalize("Draft a **Star** schema."));
        Assert.Equal(TitleSimilarity.Normalize("Ship it!"), TitleSimilarity.Normalize("ship  it"));
    }

    [Fact]
    public void Normalize_TitleOfFillerWordsOnly_KeepsThem()
    {
        Assert.Equal("on the", TitleSimilarity.Normalize("On the..."));
    }
}
