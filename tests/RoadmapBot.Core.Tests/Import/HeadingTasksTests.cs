using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

public sealed class HeadingTasksTests
{
    private const string Outline = """
        # Machine learning self-study

        ## Linear algebra refresher (2 days - 2 cumulative)

        ## Probability (3 days - 5 cumulative)

        Read chapter 2 of the book.

        ## Logistic regression (3 days - 8 cumulative)

        - Implement gradient descent
        - Compare with scikit-learn

        ## Notes

        Written along the way.
        """;

    [Fact]
    public void OutlineOfTimedHeadings_EachHeadingWithoutAListIsATaskLastingThatLong()
    {
        var roadmap = RoadmapImporter.Import(Outline).Roadmap;

        Assert.Equal(
            [("Linear algebra refresher (2 days - 2 cumulative)", 2), ("Probability (3 days - 5 cumulative)", 3), ("Implement gradient descent", 0), ("Compare with scikit-learn", 0)],
            roadmap.AllItems().Select(i => (i.Title, i.DurationDays ?? 0)));
        Assert.Equal(3, roadmap.Phases.Count);
    }

    [Fact]
    public void OneTimedHeadingWithoutAList_IsNoTask()
    {
        var roadmap = RoadmapImporter.Import("# Plan\n\n## Overview (6 months)\n\nWhy this plan.\n\n## Basics\n\n- Learn loops\n\n## Projects\n\n- Build a CLI\n").Roadmap;

        Assert.Equal(["Learn loops", "Build a CLI"], roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void HeadingTasksMarkedDoneByExport_ReimportDone_WithTheSameKeys()
    {
        var before = RoadmapImporter.Import(Outline).Roadmap.AllItems().ToList();

        var after = RoadmapImporter.Import(MarkdownExport.Mark(Outline, before.Select(i => (i, true)))).Roadmap.AllItems().ToList();

        Assert.Equal(before.Select(i => (i.Key, i.Title)), after.Select(i => (i.Key, i.Title)));
        Assert.All(after, i => Assert.Equal(ItemStatus.Done, i.Status));
    }
}
