using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>The text of a table's cells, and whether its header names a title column.</summary>
internal static class TableCells
{
    public static string Text(TableCell cell) =>
        string.Join(InlineText.Break, cell.OfType<ParagraphBlock>().Select(InlineText.Of));

    /// <summary>Some row has a checkbox cell ("| 2: Shells | [x] |"): in a plan of checkbox tasks, its rows are tasks too.</summary>
    public static bool HasCheckboxCells(Table table)
    {
        foreach (var block in table)
        {
            if (block is not TableRow { IsHeader: false } row) continue;
            foreach (var cell in row)
                // Only a short cell can be a box: the text of the others is not read.
                if (cell is TableCell { Span.Length: <= 16 } small && TableCellRoles.Checkbox(Text(small)) is not null) return true;
        }
        return false;
    }

    /// <summary>A table whose header names a title and a date or status column: a schedule or a tracker, not notes.</summary>
    public static bool HasDatesOrStatuses(Table table)
    {
        if (table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is not { } header) return false;
        var rows = table.OfType<TableRow>().Where(r => !r.IsHeader).Select(r => (IReadOnlyList<string>)r.OfType<TableCell>().Select(Text).ToList()).ToList();
        var columns = TableColumns.Of(header.OfType<TableCell>().Select(Text).ToList(), rows);
        return columns.Title >= 0 && (columns.Date >= 0 || columns.Status >= 0);
    }

    /// <summary>A table whose header names no column of a plan (title, date, week or day, status, duration) and holds no boxes: notes.</summary>
    public static bool NamesNoPlanColumn(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is { } header
        && TableColumns.Of(header.OfType<TableCell>().Select(Text).ToList(), []) is { Title: < 0, Date: < 0, Sequence: < 0, Status: < 0, Duration: < 0, Phase: < 0 }
        && !TableColumns.IsDataRow(header.OfType<TableCell>().Select(Text).ToList()) && !HasCheckboxCells(table);

    public static bool HasTitleColumn(Table table) =>
        table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is { } header
        && TableColumns.Of(header.OfType<TableCell>().Select(Text).ToList(), []).Title >= 0;
}
