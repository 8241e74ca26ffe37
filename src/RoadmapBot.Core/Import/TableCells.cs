using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>The text of a table's cells, and whether its header names a title column.</summary>
internal static class TableCells
{
    public static string Text(TableCell cell) =>
        string.Join(InlineText.Break, cell.OfType<ParagraphBlock>().Select(InlineText.Of));

    public static bool HasTitleColumn(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is { } header
        && TableColumns.Of(header.OfType<TableCell>().Select(Text).ToList(), []).Title >= 0;
}
