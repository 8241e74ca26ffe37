using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>A line of bold words over a list: a topic groups the entries, a label ("Exercises:") does not.</summary>
public sealed class BoldLineTests
{
    [Fact]
    public void BoldTopicOverAPlainList_IsOneItemWithTheEntriesAsSubItems()
    {
        const string md = """
            # Robotics

            ## Phase 1: Basics (0-3 Months)

            **1. Programming:**
            * C++ syntax
            * CMake

            **Exercises:**
            * Write a PID loop

            Some words, then a list.
            * Read chapter 1
            """;

        var items = RoadmapImporter.Import(md).Roadmap.Phases.Single().Items;

        Assert.Equal(["Programming", "Write a PID loop", "Read chapter 1"], items.Select(i => i.Title));
        Assert.Equal(["C++ syntax", "CMake"], items[0].Items.Select(c => c.Title));
    }

    [Fact]
    public void BoldTopicOverCheckboxes_AddsNoItemOfItsOwn()
    {
        const string md = "# Plan\n\n## Week 1\n\n**Python basics**\n- [ ] Variables\n- [ ] Loops\n";

        Assert.Equal(["Variables", "Loops"], RoadmapImporter.Import(md).Roadmap.AllItems().Select(i => i.Title));
    }
}
