using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

public sealed class StatusMarksTests
{
    [Fact]
    public void ObsidianTasks_DoneDateDueDatePriorityAndCreatedAreReadAndLeaveTheTitle()
    {
        var read = StatusMarks.Read("➕ 2023-11-20  Start Essays 🔺 🛫 2023-11-20 📅 2023-11-24 ✅ 2023-11-26");

        Assert.Equal("Start Essays", read.Title);
        Assert.Equal(ItemStatus.Done, read.Status);
        Assert.Equal(new DateOnly(2023, 11, 24), read.Due);
        Assert.Equal(new DateOnly(2023, 11, 26), read.DoneOn);
        Assert.Equal(Priority.High, read.Priority);
    }

    [Fact]
    public void BoxesOfObsidianThemesAndBulletJournals_AreTasks_InAPlanOfCheckboxes()
    {
        const string md = "# Marks\n## Week 1\n- [ ] open\n- [/] half\n- [>] moved\n- [-] cancelled\n- [~] dropped\n- [x] done\n- [!] important\n- plain detail\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().Select(i => (i.Title, i.Status)).ToList();

        Assert.Equal(
            [("open", ItemStatus.Todo), ("half", ItemStatus.Doing), ("moved", ItemStatus.Todo), ("cancelled", ItemStatus.Skipped),
             ("dropped", ItemStatus.Skipped), ("done", ItemStatus.Done), ("important", ItemStatus.Todo)],
            items);
    }

    [Theory]
    [InlineData("Read  the   book", "Read the book")]
    [InlineData("Read\t the book", "Read the book")]
    [InlineData("Read\u00A0\u00A0the book", "Read the book")]
    [InlineData("Read the book", "Read the book")]
    [InlineData("Read\u00A0the book", "Read\u00A0the book")]
    public void Title_RunsOfWhiteSpaceBecomeOneSpace_ASingleSpaceOfAnyKindStays(string text, string title) =>
        Assert.Equal(title, StatusMarks.Read(text).Title);

    [Fact]
    public void ObsidianTasks_ScheduledDateIsTheDueDateWhenNoneIsGiven_LowPriorityAndTagsRead()
    {
        var read = StatusMarks.Read("Read chapter 3 ⏳ 2024-02-01 🔽 #reading");

        Assert.Equal(new DateOnly(2024, 2, 1), read.Due);
        Assert.Null(read.Status);
        Assert.Equal(Priority.Low, read.Priority);
        Assert.Equal(["reading"], read.Tags);
    }

    [Theory]
    [InlineData("[/] Analyze exam results", "Analyze exam results")]
    [InlineData("🚧 Build the parser", "Build the parser")]
    [InlineData("⏳ Waiting review", "Waiting review")]
    public void PartialBoxOrWorkInProgressMark_IsDoing(string text, string title)
    {
        var read = StatusMarks.Read(text);

        Assert.Equal((ItemStatus.Doing, title), (read.Status!.Value, read.Title));
    }

    [Theory]
    [InlineData("~~Set up Git~~", "Set up Git")]
    [InlineData("Set up Git (done)", "Set up Git")]
    [InlineData("Publish the image.   - done", "Publish the image.")]
    [InlineData("Set up the cluster. done", "Set up the cluster.")]
    [InlineData("Configure volumes — feito", "Configure volumes")]
    [InlineData("Write the report (concluído)", "Write the report")]
    public void StruckOrDoneSuffix_IsDone(string text, string title)
    {
        var read = StatusMarks.Read(text);

        Assert.Equal((ItemStatus.Done, title), (read.Status!.Value, read.Title));
    }

    [Theory]
    [InlineData("Get things done")]
    [InlineData("Read 'Done is better than perfect'")]
    public void DoneAsAWordOfTheTitle_IsNoStatus(string text) => Assert.Equal((text, (ItemStatus?)null), (StatusMarks.Read(text).Title, StatusMarks.Read(text).Status));

    [Fact]
    public void DoneMarkBeforeBoldWords_IsDone()
    {
        var items = RoadmapImporter.Import("# Plan\n\n## Week 1\n- ✅ **Install** the toolchain\n- Write the first script\n").Roadmap.AllItems();

        Assert.Equal([("Install the toolchain", ItemStatus.Done), ("Write the first script", ItemStatus.Todo)], items.Select(i => (i.Title, i.Status)));
    }

    [Fact]
    public void PlainText_HasNoStatusAndStaysAsWritten()
    {
        var read = StatusMarks.Read("Kafka consumer groups: offsets & lag");

        Assert.Equal(("Kafka consumer groups: offsets & lag", (ItemStatus?)null, (DateOnly?)null), (read.Title, read.Status, read.Due));
    }

    [Fact]
    public void StatusWordInBrackets_IsAStatusAndOtherBracketsAreNot()
    {
        Assert.Equal((ItemStatus.Done, 6), StatusMarks.Bracketed("[Done] Python"));
        Assert.Equal((ItemStatus.Doing, 9), StatusMarks.Bracketed("[running] Go"));
        Assert.Equal((ItemStatus.Todo, 6), StatusMarks.Bracketed("[TODO] Zig"));
        Assert.Null(StatusMarks.Bracketed("[ ] Zig"));
        Assert.Null(StatusMarks.Bracketed("[Chapter 1] Intro"));
        Assert.Null(StatusMarks.Bracketed("Done"));
    }

    [Fact]
    public void ChecklistMixingBoxesAndBracketedStatusWords_KeepsEveryEntry()
    {
        const string md = "# Skills\n\n## Languages\n\n- [Done] Python\n- [running] Go\n- [ ] Zig\n";

        var items = RoadmapImporter.Import(md).Roadmap.AllItems().ToList();

        Assert.Equal(["Python", "Go", "Zig"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Done, ItemStatus.Doing, ItemStatus.Todo], items.Select(i => i.Status));
    }
}
