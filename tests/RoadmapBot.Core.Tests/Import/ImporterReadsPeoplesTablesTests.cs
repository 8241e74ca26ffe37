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

    [Fact]
    public void HeaderWordsInAnyLanguageWithoutATitleWord_TitleComesFromTheWordiestColumn()
    {
        const string md = "# Расписание\n\n## Курс\n\n| Неделя | Темы | Задания |\n| --- | --- | --- |\n| 1 | Типы данных | 1.1 |\n| 2 | Функции | 2.1 |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Типы данных", "Функции"], items.Select(i => i.Title));
        Assert.Equal([1, 2], items.Select(i => i.Week));
    }

    [Fact]
    public void ColumnOfCheckboxesUnderAnotherName_IsTheStatusAndTheNamedColumnTheTitle()
    {
        const string md = "# Projects\n\n## Web apps\n\n| # | Project Name | Shipped |\n|---|---|---|\n| 01 | Clock app | [x] |\n| 02 | Notes app | [ ] |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Clock app", "Notes app"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Done, ItemStatus.Todo], items.Select(i => i.Status));
    }

    [Fact]
    public void WeekColumn_GivesTheRowsTheirWeekAndARowWithAnEmptyWeekCellTheWeekAbove()
    {
        const string md = "# Course\n\n## Schedule\n\n| Week | Topic |\n|---|---|\n| 1 | Intro |\n|  | Setup |\n| 03 | Sorting |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal([1, 1, 3], items.Select(i => i.Week));
        Assert.All(items, i => Assert.Null(i.Day));
    }

    [Fact]
    public void DashedTaskCell_TheRowIsTitledByItsTopic()
    {
        const string md = "# Course\n\n## Schedule\n\n| Week | Topic | Tasks |\n|---|---|---|\n| 1 | Intro lecture | - |\n| 2 | Cells | Team building |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Intro lecture", "Team building"], items.Select(i => i.Title));
        Assert.Null(items[0].Notes);
        Assert.Equal("Cells", items[1].Notes);
    }

    [Fact]
    public void HoursColumn_GivesEachRowItsHours()
    {
        const string md = "# Tracker\n\n## Week 1\n\n| Day | Topic | Hours |\n|---|---|---|\n| 1 | Variables | 4h |\n| 2 | Loops | 2.5 hours |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal([4.0, 2.5], items.Select(i => i.Hours));
    }

    [Fact]
    public void HeaderlessTableOfFactsBesideASchedule_GivesNoItems()
    {
        const string md = "# Course 2024\n\n## Info\n\n|   |  |\n|---|---|\n| Instructor | Jane |\n| Location | Room 1 |\n\n" +
                          "## Schedule\n\n| Lecture | Date | Content |\n|---|---|---|\n| 1 | 4 Jan 2024 | Introduction |\n| 2 | 9 Jan 2024 | Encapsulation |\n";

        var result = RoadmapImporter.Import(md);

        Assert.Equal(["Introduction", "Encapsulation"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Equal(SectionRole.Reference, result.Sections.Single(s => s.Title == "Info").Role);
    }

    [Fact]
    public void TableOfCheckboxRowsInAChecklistPlan_ItsRowsAreTasksBesideTheChecklist()
    {
        const string md = "# Book Plan\n\n## Chapters\n\n| Chapter | Start Date | Status |\n|---|---|---|\n| 1: Intro | [Date] | [ ] |\n| 2: Shells | [Date] | [✓] |\n\n" +
                          "## Milestones\n\n- [ ] Finish part 1\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["1: Intro", "2: Shells", "Finish part 1"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Todo, ItemStatus.Done, ItemStatus.Todo], items.Select(i => i.Status));
    }

    [Fact]
    public void StatusLegend_IsReferenceAndItsKeysAreNotTasks()
    {
        const string md = "# My Projects\n\n## Legend\n\n- ✅ Done\n- 🚧 In Progress\n\n## Web Apps\n\n| # | Project Name | Status |\n|---|---|---|\n" +
                          "| 01 | Clock | ✅ Done |\n| 02 | Notes App | 🚧 In Progress |\n| 03 | Chat | ❌ Not Started |\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Clock", "Notes App", "Chat"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Done, ItemStatus.Doing, ItemStatus.Todo], items.Select(i => i.Status));
    }
}
