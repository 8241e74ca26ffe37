using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>Logseq pages and Obsidian Dataview fields: markers are statuses, fields are dates, neither stays in a title.</summary>
public sealed class OutlinerFieldsTests
{
    [Fact]
    public void LogseqPage_MarkedEntriesAreTheTasksWithTheirStatusesAndTheNotesAreNot()
    {
        const string md = """
            tags:: #course

            - ## Tasks
            	- DONE Module 1
            	  id:: 64aa0001-0000-4000-8000-000000000001
            	  :LOGBOOK:
            	  CLOCK: [2024-02-05 Mon 09:00:00]--[2024-02-05 Mon 10:15:00] =>  01:15:00
            	  :END:
            	- NOW Module 2
            	- LATER Module 3
            	  DEADLINE: <2024-03-01 Fri>
            - # Week 1
            	- Every value has a single owner
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal([("Module 1", ItemStatus.Done), ("Module 2", ItemStatus.Doing), ("Module 3", ItemStatus.Todo)], items.Select(i => (i.Title, i.Status)));
        Assert.Equal(new DateTime(2024, 3, 1), items[2].Due);
    }

    [Fact]
    public void DataviewFields_GiveDueAndDoneDatesAndLeaveTheTitle()
    {
        const string md = "# Rust\n\n## Week 1\n\n- [ ] Read the ownership chapter [week:: 1] [due:: 2026-03-06]\n- [x] Install the toolchain [completion:: 2026-03-03]\n- [ ] Read about traits due:: 2026-03-12\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Read the ownership chapter", "Install the toolchain", "Read about traits"], items.Select(i => i.Title));
        Assert.Equal([new DateTime(2026, 3, 6), null, new DateTime(2026, 3, 12)], items.Select(i => i.Due));
        Assert.Equal(ItemStatus.Done, items[1].Status);
    }

    [Theory]
    [InlineData("Use std::vec in C++ code")]
    [InlineData("NOWHERE to hide: read chapter 2")]
    [InlineData("Learn the TODO app pattern")]
    public void TextThatOnlyLooksLikeAField_StaysAsWritten(string text) => Assert.Equal((text, (ItemStatus?)null), (OutlinerFields.Read(text).Title, OutlinerFields.Read(text).Status));
}
