using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

public sealed class ImporterReadsPeoplesTablesTests
{
    [Fact]
    public void SyllabusTable_ItemsTitledByTopicDatedFromTheTermAndTheReadingWeekSkipped()
    {
        const string md = "# Databases (Spring 2016)\n\n## Schedule\n\n| Week | Date | Topic | Reading |\n|---|---|---|---|\n" +
                          "| 1 | 1/28 | Relational model | Ch 1 |\n| -- | 2/4 | No class | |\n| 2 | 2/11 | SQL | Ch 2 |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Relational model", "SQL"], items.Select(i => i.Title));
        Assert.Equal([new DateTime(2016, 1, 28), new DateTime(2016, 2, 11)], items.Select(i => i.Due!.Value));
        Assert.Equal("Ch 1", items[0].Notes);
    }

    [Fact]
    public void StatusColumn_MarksRowsDoneOrDoing()
    {
        const string md = "# Plan\n\n## Week 1\n\n| Day | Topic | Status |\n|---|---|---|\n| 1 | Setup | Done |\n| 2 | Syntax | Em andamento |\n| 3 | Loops | |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal([ItemStatus.Done, ItemStatus.Doing, ItemStatus.Todo], items.Select(i => i.Status));
        Assert.Equal(["Setup", "Syntax", "Loops"], items.Select(i => i.Title));
    }

    [Fact]
    public void TableWithoutATitleColumn_IsWarnedAboutNotTitledByNumbers()
    {
        const string md = "# Plan\n\n## Overview\n\n| Module | Duration | Status |\n|---|---|---|\n| M01 | 3 weeks | Done |\n";

        var result = RoadmapImporter.Import(md);

        Assert.Empty(result.Roadmap.AllItems());
        Assert.Contains(result.Warnings, w => w.Message.Contains("no column holds a title"));
    }

    [Fact]
    public void ObsidianTasks_DueDatesDoneDatesAndEmptyBoxes()
    {
        const string md = "# Tasks\n\n- [x] ➕ 2023-11-20 Watch TCP 📅 2023-11-20 ✅ 2023-11-21\n- [ ] Apply 📅 2024-01-28 🔺\n- [/] Essay\n- [ ] \n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Watch TCP", "Apply", "Essay"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Done, ItemStatus.Todo, ItemStatus.Doing], items.Select(i => i.Status));
        Assert.Equal(new DateTime(2024, 1, 28), items[1].Due);
        Assert.Equal(Priority.High, items[1].Priority);
    }
}
