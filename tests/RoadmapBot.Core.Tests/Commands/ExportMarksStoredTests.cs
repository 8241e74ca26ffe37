using System.Text;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Tests.Import;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/export md marks the places stored at import instead of reading the source again (issue 13, point 9).</summary>
public sealed class ExportMarksStoredTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public async Task ExportMd_WithProgress_IsTheFileReadingTheSourceAgainGave(string seed)
    {
        await using var bot = await ExportCommandTests.StartWithSeedAsync(seed);
        var source = await File.ReadAllTextAsync(Seeds.Path(seed), Ct);
        await FlipEveryThirdAsync(bot, source);

        var exported = Encoding.UTF8.GetString((await bot.ReplyAsync("/export md")).File!.Content);

        Assert.Equal(await MarkedByReadingAgainAsync(bot, source), exported);
    }

    [Theory]
    [InlineData("000")] // checkboxes
    [InlineData("002")] // bullets
    public async Task ExportMd_MarksThePlacesStoredAtImport_WithoutReadingTheSourceAgain(string seed)
    {
        await using var bot = await ExportCommandTests.StartWithSeedAsync(seed);
        var source = await File.ReadAllTextAsync(Seeds.Path(seed), Ct);
        await FlipEveryThirdAsync(bot, source);
        var expected = await MarkedByReadingAgainAsync(bot, source);
        // Every line indented four spaces: the same lines, but read again it is one code block with no items, so only stored places can mark it.
        var indented = Indent(source);
        Assert.Empty(RoadmapImporter.Import(indented).Roadmap.AllItems());
        await using (var db = bot.Db())
            await db.Roadmaps.ExecuteUpdateAsync(r => r.SetProperty(x => x.Source, indented), Ct);

        var exported = Encoding.UTF8.GetString((await bot.ReplyAsync("/export md")).File!.Content);

        Assert.NotEqual(indented, exported);
        Assert.Equal(Indent(expected), exported);
    }

    [Theory]
    [InlineData("001")] // bullets, in a garbled document
    [InlineData("003")] // table cells, one row continued over five lines
    public async Task ExportMd_RowsStoredBeforeThePlacesWereKept_ReadsTheSourceAgain(string seed)
    {
        await using var bot = await ExportCommandTests.StartWithSeedAsync(seed);
        var source = await File.ReadAllTextAsync(Seeds.Path(seed), Ct);
        await FlipEveryThirdAsync(bot, source);
        await using (var db = bot.Db())
        {
            // As the migration leaves an older roadmap's rows; the new import time makes the cached view stale, as a restart would.
            await db.Items.ExecuteUpdateAsync(i => i.SetProperty(x => x.MarkLine, (int?)null).SetProperty(x => x.MarkColumn, (int?)null), Ct);
            await db.Roadmaps.ExecuteUpdateAsync(r => r.SetProperty(x => x.ImportedAt, bot.Time.GetUtcNow().AddHours(-1)), Ct);
        }

        var exported = Encoding.UTF8.GetString((await bot.ReplyAsync("/export md")).File!.Content);

        Assert.NotEqual(source, exported);
        Assert.Equal(await MarkedByReadingAgainAsync(bot, source), exported);
    }

    [Fact]
    public async Task Import_StoresEachItemsMarkPlace_ATableCellWithItsColumn()
    {
        await using var bot = await ExportCommandTests.StartWithSeedAsync("003");
        var items = RoadmapImporter.Import(await File.ReadAllTextAsync(Seeds.Path("003"), Ct)).Roadmap.AllItems().ToList();

        await using var db = bot.Db();
        var rows = await db.Items.ToDictionaryAsync(i => i.Key, Ct);

        Assert.Contains(items, i => i.CellStart is not null);
        Assert.All(items, i => Assert.Equal((i.CellStart?.Line ?? i.Line, i.CellStart?.Column), (rows[i.Key].MarkLine, rows[i.Key].MarkColumn)));
    }

    // A fixed random third of the items flips, so every seed gets done items to mark and done marks to take away.
    private static async Task FlipEveryThirdAsync(TestBot bot, string source)
    {
        var random = new Random(11);
        var flipped = RoadmapImporter.Import(source).Roadmap.AllItems().Where(_ => random.Next(3) == 0).ToList();
        foreach (var chunk in flipped.Where(i => i.Status == ItemStatus.Todo).Chunk(20))
            Assert.DoesNotContain("isn't", await bot.SendAsync("/done " + string.Join(' ', chunk.Select(i => i.Key))));
        foreach (var chunk in flipped.Where(i => i.Status == ItemStatus.Done).Chunk(20))
            Assert.DoesNotContain("isn't", await bot.SendAsync("/todo " + string.Join(' ', chunk.Select(i => i.Key))));
    }

    // The export as it was made before the places were stored: the source read again, its items found by the key the importer gives them.
    private static async Task<string> MarkedByReadingAgainAsync(TestBot bot, string source)
    {
        await using var db = bot.Db();
        var view = (await RoadmapView.LoadAsync(db, await db.Spaces.Select(s => s.Id).SingleAsync(Ct), Ct))!;
        var member = await bot.MemberAsync("me");
        var progress = await MemberProgress.LoadAsync(db, member.Id, Ct);
        var stored = view.Items.ToDictionary(i => i.ImportKey ?? i.Key, StringComparer.OrdinalIgnoreCase);
        return MarkdownExport.Mark(source, RoadmapImporter.Import(source).Roadmap.AllItems()
            .Where(i => stored.ContainsKey(i.Key))
            .Select(i => (i, progress.StatusOf(stored[i.Key]) == ItemStatus.Done)));
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(l => "    " + l));
}
