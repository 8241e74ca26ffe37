using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class ConflictMarkersTests
{
    [Fact]
    public void UnresolvedMergeConflict_ReadsTheFirstSideOnceAndKeepsLineNumbers()
    {
        const string md = "# Tasks\n\n- [x] Set up\n<<<<<<< Updated upstream\n- [x] Write the intro\n=======\n- [ ] Write the intro\n>>>>>>> Stashed changes\n- [ ] Run the tests\n";

        var result = RoadmapImporter.Import(md);

        Assert.Equal([("Set up", 3), ("Write the intro", 5), ("Run the tests", 9)], result.Roadmap.AllItems().Select(i => (i.Title, i.Line)));
        Assert.True(result.Roadmap.AllItems().ElementAt(1).Status == Core.Roadmaps.ItemStatus.Done);
        Assert.Contains(result.Warnings, w => w.Line == 4 && w.Message.Contains("merge conflict (lines 4–8)", StringComparison.Ordinal));
    }

    [Fact]
    public void SetextUnderlineWithoutAConflict_IsLeftAlone()
    {
        const string md = "Plan\n=======\n\n- [ ] Read\n";

        Assert.Equal("Plan", RoadmapImporter.Import(md).Roadmap.Title);
    }
}
