using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Import;

/// <summary>What a schedule's row says beyond its columns: a break with no class, a topic continued from the row above.</summary>
internal static partial class TableRows
{
    /// <summary>The break a cell announces ("No class – Labor Day", "Spring Break", "_BREAK_" as "BREAK"); null for a topic.</summary>
    public static string? BreakIn(string cell) => Bare(cell) is var text && Break().IsMatch(text) ? text : null;

    // A cell's words without decoration and the emphasis marks left around them ("**Spring Break**", "_BREAK_").
    private static string Bare(string cell) => TextPatterns.StripDecoration(cell).Trim('*', '_', ' ');

    /// <summary>"(continue)", "cont.", "cont'd", "ditto", "〃": the row goes on with the topic above.</summary>
    public static bool Continues(string cell) => Continued().IsMatch(cell.Trim());

    /// <summary>The wordiest cell outside the table's known columns and not a date or number, for a row whose title cell is empty.</summary>
    public static string? OtherWords(IReadOnlyList<string> cells, TableColumns columns)
    {
        int[] known = [columns.Title, columns.Context, columns.Date, columns.Sequence, columns.Status, columns.Outcome, columns.Duration, columns.Notes, columns.Phase, columns.Assignment, .. columns.Sessions.Select(d => d.Column)];
        string? best = null;
        for (var i = 0; i < cells.Count; i++)
            if (!known.Contains(i) && !TableCellRoles.IsValue(cells[i]) && cells[i].Count(char.IsLetter) is var letters and >= 3 && letters > (best?.Count(char.IsLetter) ?? 0))
                best = cells[i];
        return best;
    }

    /// <summary>
    /// A row with words in its first cell and nothing else, bold or naming a part ("| **Graphs** | | |", "| Unit 2: Trees | | |"):
    /// the heading of the rows below it, in a table whose first column holds something else (a week, a date); null for any other row.
    /// </summary>
    public static string? SectionIn(IReadOnlyList<string> cells, TableColumns columns, bool firstCellBold) =>
        cells.Count > 1 && columns.Title != 0 && cells[0].Length > 0 && cells.Skip(1).All(c => c.Length == 0)
        && !TableCellRoles.IsValue(cells[0]) && BreakIn(cells[0]) is null && (firstCellBold || PartWord().IsMatch(cells[0]))
            ? Bare(cells[0])
            : null;

    [GeneratedRegex(@"^\W*(?:unit|module|part|section|phase|chapter|block|unidad|unidade|m[oó]dulo|modul|teil|partie|раздел|модуль|часть|单元|模块|部分)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartWord();

    // "Break" alone or before a dash ("Break – Labor Day"); "Break code into modules" is a task. Holiday words never are.
    [GeneratedRegex(@"^(?:no\s+(?:class|classes|lecture|lectures|lab|labs|school|session|meeting)\b|(?:spring|fall|autumn|winter|summer|mid-?term|midsemester|reading|study|easter|christmas|thanksgiving|holiday)\s+(?:break|recess|holidays?|week)\b|break\s*(?:$|[-–—:(,])|(?:recess|holidays?|thanksgiving|vacation|feriado|férias|vacaciones|feiertag|ferien|vacances|каникулы|праздник|假期|放假)\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"^\(?\s*(?:cont(?:inued?|'d|d|\.)?|ditto|〃|same as above)\s*\.?\s*\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Continued();
}
