using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>
/// A course schedule's homework, quizzes, sessions on named weekdays and section rows: work to do with its due date, each
/// session of a week, and the parts of the course.
/// </summary>
public sealed class ScheduleTablesTests
{
    private const string Schedule = """
        # CS 101 Spring 2026

        ## Schedule

        | Week | Date | Topic | Assignment |
        |---|---|---|---|
        | 1 | 2/3 | Introduction | |
        | 1 | 2/5 | Sorting | Homework 1 (due Fri 2/14) |
        | **Graphs** | | | |
        | 2 | 2/10 | BFS | – |
        | | | Homework 2 (due Fri 2/21) | |
        | 3 | 2/17 | DFS | Quiz 1 |
        | Unit 3: Trees | | | |
        | 4 | 2/24 | Tries | Homework 3<br>Project proposal — due 3/6 |
        """;

    private static readonly DateOnly ImportDay = new(2026, 1, 20);

    [Fact]
    public void AssignmentColumn_EachCellIsWorkOfItsOwn_DueByItsNoteOrOnTheRowsDate()
    {
        var items = RoadmapImporter.Import(Schedule, importDate: ImportDay).Roadmap.AllItems().ToList();

        var work = items.Where(i => i.Title is "Homework 1" or "Homework 2" or "Quiz 1" or "Homework 3" or "Project proposal").ToList();
        Assert.Equal(["Homework 1", "Homework 2", "Quiz 1", "Homework 3", "Project proposal"], work.Select(i => i.Title));
        Assert.Equal(
            [new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 21), new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 24), new DateOnly(2026, 3, 6)],
            work.Select(i => i.Due is { } due ? DateOnly.FromDateTime(due) : (DateOnly?)null));
        Assert.DoesNotContain(items, i => i.Title.Contains("due", StringComparison.OrdinalIgnoreCase) || i.Title == "–");
    }

    [Fact]
    public void SectionRows_BoldOrNamingAPart_StartAPhaseForTheRowsBelow()
    {
        var phases = RoadmapImporter.Import(Schedule, importDate: ImportDay).Roadmap.Phases;

        Assert.Equal(["Schedule", "Graphs", "Unit 3: Trees"], phases.Select(p => p.Title));
        Assert.Equal(["Introduction", "Sorting", "Homework 1"], phases[0].Items.Select(i => i.Title));
        Assert.Equal(["BFS", "Homework 2", "DFS", "Quiz 1"], phases[1].Items.Select(i => i.Title));
    }

    [Fact]
    public void AWordyRowThatIsNeitherBoldNorAPart_IsNoSection()
    {
        var result = RoadmapImporter.Import("# Course\n\n| Week | Topic |\n|---|---|\n| 1 | Sorting |\n| Midterm review | |\n| 2 | Graphs |\n");

        Assert.Single(result.Roadmap.Phases);
        Assert.Equal(["Sorting", "Graphs"], result.Roadmap.AllItems().Select(i => i.Title).Where(t => t != "Midterm review"));
    }

    [Fact]
    public void AssignmentsColumnOfACourseList_WithoutWeeksOrDates_IsNoWorkOfItsOwn()
    {
        var result = RoadmapImporter.Import("# Courses\n\n| Courses | Duration | Additional Text / Assignments |\n|---|---|---|\n| Networking | 8 weeks | Wireshark Labs |\n");

        Assert.Equal(["Networking"], result.Roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void ListEntryWithADueNote_IsDueThen_AndKeepsOnlyItsWords()
    {
        var items = RoadmapImporter.Import("# Plan\n\n## Phase 1\n\n- [ ] Essay on SQL (due Oct 3, 2025)\n- [ ] Read the due diligence guide\n").Roadmap.AllItems().ToList();

        Assert.Equal(["Essay on SQL", "Read the due diligence guide"], items.Select(i => i.Title));
        Assert.Equal(new DateTime(2025, 10, 3), items[0].Due);
        Assert.Null(items[1].Due);
    }

    [Fact]
    public void ColumnsNamedByAWeekday_AreEachThatDaysSession()
    {
        const string md = """
            # CS 102

            | Week | Lecture (Tuesday) | Lecture (Thursday) | Lab |
            |---|---|---|---|
            | 1 | Intro to Python | Variables | Lab 0: setup |
            | 2 | Loops | | Lab 1: loops |
            """;

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Intro to Python", "Variables", "Loops"], items.Select(i => i.Title));
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Tuesday], items.Select(i => i.Weekday));
        Assert.Equal([1, 1, 2], items.Select(i => i.Week));
        Assert.Equal("Lab 0: setup", items[0].Notes);
    }

    [Fact]
    public void EveryWorkItemMarkedDoneInTheFile_ReimportsDone_WithTheSameTitlesAndDates()
    {
        var before = RoadmapImporter.Import(Schedule, importDate: ImportDay).Roadmap.AllItems().ToList();

        var marked = MarkdownExport.Mark(Schedule, before.Select(i => (i, true)));
        var after = RoadmapImporter.Import(marked, importDate: ImportDay).Roadmap.AllItems().ToList();

        Assert.All(after, i => Assert.Equal(ItemStatus.Done, i.Status));
        Assert.Equal(before.Select(i => (i.Title, i.Due)), after.Select(i => (i.Title, i.Due)));
    }
}
