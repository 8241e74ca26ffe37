using System.Text;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Commands;

public sealed class ExportCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<TestBot> StartWithSeedAsync(string seed)
    {
        var bot = await TestBot.StartAsync();
        var reply = await bot.ReplyAsync("/import", attachments: new ChatAttachment("roadmap.md", File.ReadAllBytes(Seeds.Path(seed))));
        Assert.StartsWith("Imported", reply.ToPlainText());
        return bot;
    }

    [Theory]
    [InlineData("000")] // checkboxes
    [InlineData("001")] // bullets under weeks
    [InlineData("002")] // bullets
    [InlineData("003")] // table cells, one row continued over five lines
    [InlineData("004")] // time slots, some already ✅
    public async Task ExportMd_ReimportsWithTheSameKeysAndStatuses_AndChangesOnlyTheMarks(string seed)
    {
        await using var bot = await StartWithSeedAsync(seed);
        var source = await File.ReadAllTextAsync(Seeds.Path(seed), Ct);
        var before = RoadmapImporter.Import(source).Roadmap.AllItems().ToList();
        // A fixed random third of the items flips (todo to done, done to todo), so every seed gets a mix of both.
        var random = new Random(7);
        var flipped = before.Where(_ => random.Next(3) == 0).ToList();
        var toMark = flipped.Where(i => i.Status == ItemStatus.Todo).ToList();
        var toUnmark = flipped.Where(i => i.Status == ItemStatus.Done).ToList();
        Assert.NotEmpty(toMark);
        foreach (var chunk in toMark.Chunk(20)) Assert.DoesNotContain("isn't", await bot.SendAsync("/done " + string.Join(' ', chunk.Select(i => i.Key))));
        foreach (var chunk in toUnmark.Chunk(20)) Assert.DoesNotContain("isn't", await bot.SendAsync("/todo " + string.Join(' ', chunk.Select(i => i.Key))));

        var reply = await bot.ReplyAsync("/export md");

        var file = Assert.IsType<ChatFile>(reply.File);
        Assert.EndsWith(".md", file.FileName);
        var exported = Encoding.UTF8.GetString(file.Content);
        var after = RoadmapImporter.Import(file.Content).Roadmap.AllItems().ToList();
        Assert.Equal(before.Select(i => i.Key), after.Select(i => i.Key));
        Assert.Equal(before.Select(i => i.Title), after.Select(i => i.Title));
        var expectedDone = before.Where(i => i.Status == ItemStatus.Done).Except(toUnmark).Concat(toMark).Select(i => i.Key).ToHashSet();
        Assert.Contains($"your {expectedDone.Count} done item", reply.ToPlainText());
        Assert.All(after, i => Assert.Equal(expectedDone.Contains(i.Key) ? ItemStatus.Done : ItemStatus.Todo, i.Status));
        AssertOnlyMarksDiffer(source, exported, flipped.Select(i => i.CellStart?.Line ?? i.Line).Distinct().Count());
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void MarkdownExport_EveryItemDoneThenTodo_ReimportsWithThoseStatuses(string seed)
    {
        var source = File.ReadAllText(Seeds.Path(seed));
        var items = RoadmapImporter.Import(source).Roadmap.AllItems().ToList();

        foreach (var done in new[] { true, false })
        {
            var after = RoadmapImporter.Import(MarkdownExport.Mark(source, items.Select(i => (i, done)))).Roadmap.AllItems().ToList();

            Assert.Equal(items.Select(i => i.Key), after.Select(i => i.Key));
            Assert.All(after, i => Assert.Equal(done ? ItemStatus.Done : ItemStatus.Todo, i.Status));
        }
    }

    [Fact]
    public void MarkdownExport_TableCellOnAContinuedRow_MarksThatCellsTextOnItsOwnLine()
    {
        var source = File.ReadAllText(Seeds.Path("003"));
        var items = RoadmapImporter.Import(source).Roadmap.AllItems().ToList();
        var record = Assert.Single(items, i => i.Title.StartsWith("Record 60-sec walkthrough", StringComparison.Ordinal));
        var sheet = Assert.Single(items, i => i.Title.StartsWith("Create 1-page", StringComparison.Ordinal));

        var exported = MarkdownExport.Mark(source, [(record, true), (sheet, true)]);

        var lines = source.Split('\n');
        lines[record.CellStart!.Value.Line - 1] = lines[record.CellStart.Value.Line - 1].Replace("<br>• Record", "<br>• ✅ Record", StringComparison.Ordinal);
        lines[sheet.CellStart!.Value.Line - 1] = lines[sheet.CellStart.Value.Line - 1].Replace("| • Create", "| • ✅ Create", StringComparison.Ordinal);
        Assert.Equal(string.Join('\n', lines), exported);
        Assert.NotEqual(sheet.Line, record.CellStart.Value.Line);
        var marked = RoadmapImporter.Import(exported).Roadmap.AllItems().Where(i => i.Key == record.Key || i.Key == sheet.Key).ToList();
        Assert.All(marked, i => Assert.Equal(ItemStatus.Done, i.Status));
        Assert.Equal(source, MarkdownExport.Mark(exported, marked.Select(i => (i, false))));
    }

    [Fact]
    public void MarkdownExport_CrlfAndContinuedTableRow_MarksTheOriginalLineAndKeepsLineEndings()
    {
        var source = string.Join("\r\n",
            "# Plan", "## Phase 1: Basics (Jan 2026)", "| Week | Focus |", "|---|---|", "| 1 | long \\", "  focus |", "",
            "- [ ] **Task 1:** Read the book", "- [ ] **Task 2:** Write notes", "");
        var items = RoadmapImporter.Import(source).Roadmap.AllItems().ToList();
        var t2 = Assert.Single(items, i => i.Key == "t2");

        var exported = MarkdownExport.Mark(source, [(t2, true)]);

        Assert.Equal(source.Replace("- [ ] **Task 2:**", "- [x] **Task 2:**", StringComparison.Ordinal), exported);
        Assert.Equal(ItemStatus.Done, RoadmapImporter.Import(exported).Roadmap.AllItems().Single(i => i.Key == "t2").Status);
    }

    [Fact]
    public async Task ExportMd_WithNothingChanged_IsTheSourceByteForByte()
    {
        await using var bot = await StartWithSeedAsync("004");

        var reply = await bot.ReplyAsync("/export md");

        Assert.Equal(File.ReadAllBytes(Seeds.Path("004")), reply.File!.Content);
    }

    [Fact]
    public async Task ExportCsv_Seed000_HasTheNotionColumnsAndOneRowPerItem()
    {
        await using var bot = await StartWithSeedAsync("000");
        await bot.SendAsync("/done t1");
        await bot.SendAsync("/proof t1 https://github.com/me/python");
        await bot.SendAsync("/note t1 chapter 3, \"decorators\" left");
        await bot.SendAsync("/doing t2");

        var reply = await bot.ReplyAsync("/export csv");

        var file = Assert.IsType<ChatFile>(reply.File);
        Assert.Matches("^[a-z0-9-]+\\.csv$", file.FileName);
        Assert.Contains("72 items", reply.ToPlainText());
        var rows = ParseCsv(Encoding.UTF8.GetString(file.Content));
        Assert.Equal(["Task", "Phase", "Category", "Status", "Priority", "Hours", "Due Date", "Deliverable", "Proof", "Skills", "Course Resource", "Notes"], rows[0]);
        Assert.Equal(73, rows.Count);
        Assert.All(rows, r => Assert.Equal(12, r.Length));
        var t1 = Assert.Single(rows, r => r[0] == "Python Fundamentals");
        Assert.Equal("Completed", t1[3]);
        Assert.Equal("Learning", t1[2]);
        Assert.Equal("https://github.com/me/python", t1[8]);
        Assert.Equal("chapter 3, \"decorators\" left", t1[11]);
        Assert.Equal("In Progress", rows[2][3]);
        Assert.Contains(rows, r => r[2] == "Project");
        Assert.Contains(rows.Skip(1), r => r[3] == "Not Started");
        Assert.Contains("\"chapter 3, \"\"decorators\"\" left\"", Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public async Task ExportCsv_TextThatLooksLikeAFormula_IsPrefixedWithAQuote_NumbersStayNumbers()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync("""
            # Plan
            ## Phase 1: Basics (Jan 2026)
            - [ ] **Task 1:** =HYPERLINK("http://evil.example","click")
            - [ ] **Task 2:** +1+cmd
            - [ ] **Task 3:** -2+3
            - [ ] **Task 4:** @SUM(A1)
            - [ ] **Task 5:** Plain title
            """);
        await bot.SendAsync("/note t5 =1+1");

        var csv = Encoding.UTF8.GetString((await bot.ReplyAsync("/export csv")).File!.Content);

        var rows = ParseCsv(csv);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", rows[1][0]);
        Assert.Equal("'+1+cmd", rows[2][0]);
        Assert.Equal("'-2+3", rows[3][0]);
        Assert.Equal("'@SUM(A1)", rows[4][0]);
        Assert.Equal("Plain title", rows[5][0]);
        Assert.Equal("'=1+1", rows[5][11]);
        Assert.Equal("'\tx", Assert.Single(ParseCsv(CsvExport.Write(["a"], [["\tx"]])).Skip(1))[0]);
        Assert.Equal("'\rx", Assert.Single(ParseCsv(CsvExport.Write(["a"], [["\rx"]])).Skip(1))[0]);
        Assert.Equal("-3.5", Assert.Single(ParseCsv(CsvExport.Write(["a"], [[CsvExport.Number(-3.5)]])).Skip(1))[0]);
    }

    [Fact]
    public async Task ExportMd_ByAGroupMemberWhoIsNoAdmin_IsACopyToKeep_NotAFileTheyCanLoad()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.ImportAsync(TestRoadmaps.Mini, "club", group: true);
        await bot.SendAsync("/done t1", "liz", "club", group: true);

        var member = (await bot.ReplyAsync("/export md", "liz", "club", group: true)).ToPlainText();
        var admin = (await bot.ReplyAsync("/export md", "admin", "club", group: true, platformAdmin: true)).ToPlainText();

        Assert.Equal("Mini plan with your 1 done item marked; a copy to keep (a group admin can load an edited one with /import).", member);
        Assert.EndsWith("send it back with /import to load it.", admin);
    }

    [Fact]
    public async Task Export_WithoutFormat_RepliesUsage()
    {
        await using var bot = await StartWithSeedAsync("002");

        var reply = await bot.ReplyAsync("/export pdf");

        Assert.Null(reply.File);
        Assert.Contains("/export md|csv", reply.ToPlainText());
    }

    private static void AssertOnlyMarksDiffer(string source, string exported, int changedLines)
    {
        var from = source.Split('\n');
        var to = exported.Split('\n');
        Assert.Equal(from.Length, to.Length);
        var changed = Enumerable.Range(0, from.Length).Where(i => from[i] != to[i]).ToList();
        Assert.Equal(changedLines, changed.Count);
        Assert.All(changed, i => Assert.Equal(Unmarked(from[i]), Unmarked(to[i])));
    }

    // "‚úÖ " is the mark as seed 001 (UTF-8 once read as Mac Roman) spells it.
    private static string Unmarked(string line) => line.Replace("✅ ", "", StringComparison.Ordinal).Replace("‚úÖ ", "", StringComparison.Ordinal)
        .Replace("[x]", "[ ]", StringComparison.Ordinal);

    // A small RFC 4180 reader, so the test checks the quoting rather than trusting a split on commas.
    private static List<string[]> ParseCsv(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') field.Append(csv[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else field.Append(c);
        }
        return rows;
    }
}
