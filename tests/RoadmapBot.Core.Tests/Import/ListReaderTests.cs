using Markdig.Syntax;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

public sealed class ListReaderTests
{
    private static readonly ItemPlace Week3 = new(3, null, null, null);

    private static (List<ItemDraft> Items, ListReader Reader, List<ImportWarning> Warnings) Read(string markdown, bool checkboxMode = false, ItemPlace? place = null)
    {
        var (source, list) = Blocks.First<ListBlock>(markdown);
        var warnings = new List<ImportWarning>();
        var reader = new ListReader(source, new RhythmDraft(), warnings);
        var items = new List<ItemDraft>();
        reader.Read(list, items, place ?? Week3, checkboxMode);
        return (items, reader, warnings);
    }

    [Fact]
    public void Read_EachEntryIsAnItem_OnItsLine_InThePlacesWeek()
    {
        var (items, _, _) = Read("- Read chapter 1\n- [x] Write notes\n- ✅ Quiz");

        Assert.Equal(["Read chapter 1", "Write notes", "Quiz"], items.Select(i => i.Title));
        Assert.Equal([1, 2, 3], items.Select(i => i.Line));
        Assert.Equal([ItemStatus.Todo, ItemStatus.Done, ItemStatus.Done], items.Select(i => i.Status));
        Assert.All(items, i => Assert.Equal(3, i.Week));
    }

    [Fact]
    public void Read_LabelledEntriesAfterAnItemAreItsFields_ItsSubEntriesItsSubItems()
    {
        var (items, _, _) = Read("- Build a CLI\n  - Parse arguments\n  - Print help\n- **Hours:** 6\n- **Deliverable:** a repo");

        var item = Assert.Single(items);
        Assert.Equal((6d, "a repo"), (item.Hours, item.Deliverable));
        Assert.Equal(["Parse arguments", "Print help"], item.Children.Select(c => c.Title));
    }

    [Fact]
    public void Read_InACheckboxPlan_OnlyCheckboxesAreItems_PlainBulletsAreDetails()
    {
        var (items, _, _) = Read("- [ ] Set up the database\n- Tip: use Docker\n- [ ] Load the data", checkboxMode: true);

        Assert.Equal(["Set up the database", "Load the data"], items.Select(i => i.Title));
    }

    [Fact]
    public void Read_NumberedTaskLabel_GivesTheKey()
    {
        var (items, _, _) = Read("- [ ] **Task 7:** Window functions\n- [ ] **Project 2:** Pipeline");

        Assert.Equal(("t7", "Window functions", ItemKind.Task), (items[0].ExplicitKey, items[0].Title, items[0].Kind));
        Assert.Equal((null, "Pipeline", ItemKind.Project), (items[1].ExplicitKey, items[1].Title, items[1].Kind));
    }

    [Fact]
    public void Read_TaskLabelUnderAnItemHeading_TakesTheHeadingsTitle_Once()
    {
        var (source, document) = Blocks.Parse("#### Task 1: Python Fundamentals\n\n- [ ] **Task:** Master core Python\n- [ ] **Task:** Again\n");
        var heading = document.Descendants<HeadingBlock>().Single();
        var reader = new ListReader(source, new RhythmDraft(), []);
        var items = new List<ItemDraft>();

        reader.Read(document.Descendants<ListBlock>().Single(), items, Week3 with { Heading = heading }, checkboxesOnly: true);

        Assert.Equal(("t1", "Python Fundamentals", "Master core Python"), (items[0].ExplicitKey, items[0].Title, items[0].Description));
        Assert.Equal("Task: Again", items[1].Title);
    }

    [Fact]
    public void Read_RescheduledEntry_IsAMoveFromThePlacesDate_NotAnItem()
    {
        var day = new DateOnly(2026, 1, 5);

        var (items, reader, _) = Read("- 18:00–19:00 SQL drills\n- 🔁 Rescheduled to Thu 8 Jan 2026, 18:00–19:00: SQL drills", place: Week3 with { Date = day });

        var item = Assert.Single(items);
        Assert.Equal(("SQL drills", day, new TimeOnly(18, 0)), (item.Title, item.Date, item.Start));
        var move = Assert.Single(reader.Reschedules);
        Assert.Equal((day, new DateOnly(2026, 1, 8), "SQL drills", 2), (move.From!.Value, move.Date, move.Title, move.Line));
    }

    [Fact]
    public void Read_PlainEntryAmongCheckboxes_GroupsTheCheckboxesUnderItAsTheListsNotTheTaskAboves()
    {
        var (items, _, _) = Read("- [ ] Watch lecture 1\n- Exercises\n  - [x] Exercise A\n  - [x] Exercise B\n- [ ] Quiz", checkboxMode: true);

        Assert.Equal(["Watch lecture 1", "Exercise A", "Exercise B", "Quiz"], items.Select(i => i.Title));
        Assert.Empty(items[0].Children);
    }

    [Fact]
    public void Read_CheckboxesIndentedUnderATask_StayItsSubtasks()
    {
        var (items, _, _) = Read("- [ ] Watch lecture 1\n  - [x] Part A\n  - [ ] Part B\n- [ ] Quiz", checkboxMode: true);

        Assert.Equal(["Watch lecture 1", "Quiz"], items.Select(i => i.Title));
        Assert.Equal(["Part A", "Part B"], items[0].Children.Select(c => c.Title));
    }

    [Fact]
    public void LogEntryOpeningWithADayAndItsDate_GivesBothAndKeepsTheWordsAfterThemAsTheTitle()
    {
        var (items, _, _) = Read("- [Day 2 (2025-03-04)](./day2.md) Linked lists in C\n- Day 3 (2025-03-05)\n- Day 4: Hash maps");

        Assert.Equal([("Linked lists in C", 2, new DateOnly(2025, 3, 4)), ("Day 3", 3, new DateOnly(2025, 3, 5))], items.Take(2).Select(i => (i.Title, i.Day ?? 0, i.Date ?? default)));
        Assert.Equal(("Day 4: Hash maps", (int?)null), (items[2].Title, items[2].Day));
    }

    [Fact]
    public void ResourceEntriesUnderATask_AreItsLinksOrNotes_NotTasks()
    {
        var (items, _, _) = Read("- Learn loops\n- Book: Automate the Boring Stuff, chapter 2\n- Video: [Loops](https://example.com/loops)\n"
                                 + "- **Resources:** [Guide](https://example.com/guide)\n- Write a guessing game\n- Book: Fluent Python");

        Assert.Equal(["Learn loops", "Write a guessing game"], items.Select(i => i.Title));
        Assert.Equal(["Loops", "Guide"], items[0].Links.Select(l => l.Title));
        Assert.Equal("Book: Automate the Boring Stuff, chapter 2", items[0].Notes);
        Assert.Equal("Book: Fluent Python", items[1].Notes);
    }

    [Fact]
    public void ResourceEntryOpeningAList_StaysATask() =>
        Assert.Equal(["Book: read SICP chapter 1", "Do the exercises"], Read("- Book: read SICP chapter 1\n- Do the exercises").Items.Select(i => i.Title));
}
