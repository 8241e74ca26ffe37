using Markdig.Extensions.Tables;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Tests.Import;

public sealed class TableReaderTests
{
    private static readonly ItemPlace Schedule = new(null, null, null, null);

    private static (List<ItemDraft> Items, List<PhaseDraft> Phases, List<ImportWarning> Warnings) Read(string markdown)
    {
        var (source, table) = Blocks.First<Table>(markdown);
        var warnings = new List<ImportWarning>();
        var (items, phases) = (new List<ItemDraft>(), new List<PhaseDraft>());
        new TableReader(source, warnings, new(() => NumericDates.For(source.Text, warnings))).Read(table, items, phases, Schedule);
        return (items, phases, warnings);
    }

    [Fact]
    public void Read_SyllabusTable_OneItemPerRow_TitledByTopic_DatedByDate_NotesFromReading()
    {
        var (items, _, _) = Read("| Week | Date | Topic | Reading |\n|---|---|---|---|\n| 1 | 2016-01-28 | Search | Ch 3 |\n| 2 | 2016-02-04 | Games | Ch 5 |");

        Assert.Equal(["Search", "Games"], items.Select(i => i.Title));
        Assert.Equal([new DateOnly(2016, 1, 28), new DateOnly(2016, 2, 4)], items.Select(i => i.Date!.Value));
        Assert.Equal(["Ch 3", "Ch 5"], items.Select(i => i.Notes));
        Assert.Equal([3, 4], items.Select(i => i.Line));
    }

    [Fact]
    public void Read_PhaseCellFillingOnlyItsFirstRow_StartsAPhaseThatTakesTheRowsBelow()
    {
        var (items, phases, _) = Read("| Phase | Week | Topic |\n|---|---|---|\n| **Phase I – Basics** | 1 | Syntax |\n|  | 2 | Types |\n| **Phase II – Web** | 3 | HTTP |");

        Assert.Empty(items);
        Assert.Equal(2, phases.Count);
        Assert.Equal(["Syntax", "Types"], phases[0].Items.Select(i => i.Title));
        Assert.Equal(["HTTP"], phases[1].Items.Select(i => i.Title));
    }

    [Fact]
    public void Read_TaskCellWithABrList_IsSeveralItems_EachWithWhereItsTextStarts()
    {
        var (items, _, _) = Read("| Day | Tasks |\n|---|---|\n| 1 | • Plan<br>• ✅ Build |");

        Assert.Equal(["Plan", "Build"], items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Todo, ItemStatus.Done], items.Select(i => i.Status));
        Assert.Equal([new SourcePosition(3, 8), new SourcePosition(3, 18)], items.Select(i => i.CellStart!.Value));
    }

    [Fact]
    public void Read_NoColumnHoldsATitle_WarnsAndReadsNothing()
    {
        var (items, phases, warnings) = Read("| Week | Date |\n|---|---|\n| 1 | 2016-01-28 |");

        Assert.Empty(items);
        Assert.Empty(phases);
        Assert.Contains("no column holds a title", Assert.Single(warnings).Message);
    }
}
