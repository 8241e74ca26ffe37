using System.Text;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

public sealed class ImporterEdgeCaseTests
{
    [Fact]
    public void EmptyDocument_ImportsAsNoTasksFound()
    {
        var result = RoadmapImporter.Import("");

        Assert.False(result.HasTasks);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("No tasks found", StringComparison.Ordinal));
    }

    [Fact]
    public void FrontMatterOnly_GivesTitleAndNoTasks()
    {
        var result = RoadmapImporter.Import("---\ntitle: \"My plan\"\nowner: me\n---\n");

        Assert.Equal("My plan", result.Roadmap.Title);
        Assert.False(result.HasTasks);
    }

    [Fact]
    public void HeadingsAndListsInCodeFences_AreNotStructure()
    {
        var result = RoadmapImporter.Import("# Plan\n## Real\n- [ ] real task\n```\n## Phase 9\n- [ ] fake task\n```\n");

        var item = Assert.Single(result.Roadmap.AllItems());
        Assert.Equal("real task", item.Title);
        Assert.Single(result.Roadmap.Phases);
        Assert.Contains(result.Warnings, w => w.Line == 4 && w.Message.Contains("Code block"));
    }

    [Fact]
    public void HtmlComments_AreNotStructure()
    {
        var result = RoadmapImporter.Import("# Plan\n## Week 1\n- read\n<!--\n- [ ] hidden\n## Week 2\n-->\n");

        Assert.Equal(["read"], result.Roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void TableWithoutOuterPipes_RowsBecomeTasks()
    {
        var result = RoadmapImporter.Import("# Sprint\n## Week 1\nDay | Tasks | Outcome\n--- | --- | ---\nMon | A <br> B | done\nTue | C | ok\n");

        Assert.Equal(["A", "B", "C"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Monday, DayOfWeek.Tuesday], result.Roadmap.AllItems().Select(i => i.Weekday!.Value));
    }

    [Fact]
    public void TabIndentedNestedCheckboxes_BecomeChildren()
    {
        var result = RoadmapImporter.Import("# Plan\n## Phase 1: Basics\n- [ ] parent\n\t- [x] child one\n\t- [ ] child two\n\t\t- [ ] grandchild\n");

        var parent = Assert.Single(result.Roadmap.Phases[0].Items);
        Assert.Equal("p1.1", parent.Key);
        Assert.Equal(["p1.1.1", "p1.1.2"], parent.Items.Select(i => i.Key));
        Assert.Equal(ItemStatus.Done, parent.Items[0].Status);
        Assert.Equal("p1.1.2.1", Assert.Single(parent.Items[1].Items).Key);
    }

    [Fact]
    public void HeadingsInsideListItems_DoNotDuplicateOrLoseTasks()
    {
        var result = RoadmapImporter.Import("# Study\n## Data structures\n- ### Arrays\n    - [ ] Implement a vector\n    - [ ] Read about arrays\n- ### Lists\n    - [ ] Linked list\n");

        Assert.Equal(["Implement a vector", "Read about arrays", "Linked list"], result.Roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void CheckboxDocument_IgnoresPlainBulletsSuchAsATableOfContents()
    {
        var result = RoadmapImporter.Import("# Study\n## Contents\n- [Arrays](#arrays)\n- [Lists](#lists)\n## Arrays\n- [ ] vector\n## Lists\n- [ ] linked list\n");

        Assert.Equal(["vector", "linked list"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Equal(2, result.Roadmap.Phases.Count);
    }

    [Fact]
    public void ExplicitTaskKeys_SurviveAnInsertedTask()
    {
        const string before = "# P\n## Phase 1: A\n- [ ] **Task 1:** one\n- [ ] **Task 2:** two\n";
        const string after = "# P\n## Phase 1: A\n- [ ] **Task 1:** one\n- [ ] new thing\n- [ ] **Task 2:** two\n";

        var keysBefore = RoadmapImporter.Import(before).Roadmap.AllItems().ToDictionary(i => i.Title, i => i.Key);
        var keysAfter = RoadmapImporter.Import(after).Roadmap.AllItems().ToDictionary(i => i.Title, i => i.Key);

        Assert.Equal(keysBefore["two"], keysAfter["two"]);
        Assert.Equal("t2", keysAfter["two"]);
        Assert.True(RoadmapImporter.Import(after).Roadmap.AllItems().Single(i => i.Title == "new thing").PositionalKey);
    }

    [Fact]
    public void InputOverOneMegabyte_IsRefusedWithAClearMessage()
    {
        var big = new string('a', RoadmapImporter.MaxBytes + 1);

        var fromText = Assert.Throws<RoadmapRejectedException>(() => RoadmapImporter.Import(big));
        var fromBytes = Assert.Throws<RoadmapRejectedException>(() => RoadmapImporter.Import(Encoding.UTF8.GetBytes(big)));

        Assert.Contains("1 MB", fromText.Message);
        Assert.Contains("1 MB", fromBytes.Message);
    }

    [Fact]
    public void BinaryInput_IsRefusedAsNotText()
    {
        var error = Assert.Throws<RoadmapRejectedException>(() => RoadmapImporter.Import(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 1 }));

        Assert.Contains("not text", error.Message);
    }

    [Theory]
    [InlineData("utf-8-sig")]
    [InlineData("utf-16-le")]
    [InlineData("utf-16-be")]
    [InlineData("pasted")]
    public void AByteOrderMark_IsNoPartOfTheFirstHeadingOrTheFrontMatter(string saved)
    {
        const string text = "---\ntitle: My plan\n---\n## Week 1\n- [ ] Café setup\n";
        var bom = "\uFEFF" + text;
        var result = saved switch
        {
            "utf-8-sig" => RoadmapImporter.Import(Encoding.UTF8.GetBytes(bom)),
            "utf-16-le" => RoadmapImporter.Import(Encoding.Unicode.GetBytes(bom)),
            "utf-16-be" => RoadmapImporter.Import(Encoding.BigEndianUnicode.GetBytes(bom)),
            _ => RoadmapImporter.Import(bom),
        };

        Assert.Equal("My plan", result.Roadmap.Title);
        Assert.Equal(RoadmapImporter.Import(text).Sections.Select(s => s.Title), result.Sections.Select(s => s.Title));
        Assert.Equal("Café setup", Assert.Single(result.Roadmap.AllItems()).Title);
    }

    [Fact]
    public void DuplicateExplicitKeys_AreWarnedAndKeptUnique()
    {
        var result = RoadmapImporter.Import("# P\n## Phase 1: A\n- [ ] **Task 1:** one\n- [ ] **Task 1:** again\n");

        Assert.Equal(2, result.Roadmap.AllItems().Select(i => i.Key).Distinct().Count());
        Assert.Contains(result.Warnings, w => w.Line == 4 && w.Message.Contains("t1"));
    }

    [Fact]
    public void BulletDocument_SkipsATableOfContentsOfAnchorLinks()
    {
        var result = RoadmapImporter.Import("# Plan\n- [Week 1](#week-1)\n- [Week 2](#week-2)\n## Week 1\n- read\n## Week 2\n- write\n");

        Assert.Equal(["read", "write"], result.Roadmap.AllItems().Select(i => i.Title));
        Assert.Contains(result.Warnings, w => w.Line == 2 && w.Message.Contains("table of contents"));
    }

    [Fact]
    public void EmojiCheckboxes_MarkItemsDone()
    {
        var result = RoadmapImporter.Import("# Days\n## Progress\n- [✔️] 🐧 1 > [Intro](day01.md)\n- [ ] 2 > Next\n");

        Assert.Equal([ItemStatus.Done, ItemStatus.Todo], result.Roadmap.AllItems().Select(i => i.Status));
        Assert.Equal("1 > Intro", result.Roadmap.AllItems().First().Title);
    }

    [Fact]
    public void TableCellTasks_MarkedWithACheck_AreDone()
    {
        var result = RoadmapImporter.Import("# Sprint\n## Week 1\n| Day | Tasks |\n|---|---|\n| Mon | • ✅ Read <br>• Write |\n");

        Assert.Equal([("Read", ItemStatus.Done), ("Write", ItemStatus.Todo)], result.Roadmap.AllItems().Select(i => (i.Title, i.Status)));
    }

    [Fact]
    public void OpeningRuleAboveMarkdown_IsNotFrontMatterAndItsPlanIsRead()
    {
        const string md = "---\n\n## Month 1: Basics\n- [ ] Install tools\n\n---\n\n## Month 2: More\n- [ ] Build app\n";

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal(["Install tools", "Build app"], roadmap.AllItems().Select(i => i.Title));
    }

    [Fact]
    public void YamlFrontMatter_StaysFrontMatter()
    {
        const string md = "---\ntitle: My plan\ntags: [study]\n---\n\n## Week 1\n- [ ] Read\n";

        var roadmap = RoadmapImporter.Import(md).Roadmap;

        Assert.Equal("My plan", roadmap.Title);
        Assert.Equal(["Read"], roadmap.AllItems().Select(i => i.Title));
    }
}
