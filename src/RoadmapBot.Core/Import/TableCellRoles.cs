using System.Text.RegularExpressions;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Column roles of a table without header words, read from its cells: checkboxes are a status, "n/total" a sequence, dates a date, the wordiest column the title.</summary>
internal static partial class TableCellRoles
{
    public static TableColumns ByContent(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        int status = -1, sequence = -1, date = -1, title = -1, letters = 0;
        for (var c = 0; c < width; c++)
        {
            var cells = rows.Select(r => TableColumns.Cell(r, c)).OfType<string>().ToList();
            if (cells.Count == 0) continue;
            if (status < 0 && cells.All(x => Checkbox(x) is not null)) status = c;
            else if (sequence < 0 && cells.All(x => Sequence().IsMatch(x))) sequence = c;
            else if (date < 0 && cells.All(x => TextPatterns.FindDate(x) is not null)) date = c;
            else if (cells.Sum(x => x.Count(char.IsLetter)) is var count && count > letters) (title, letters) = (c, count);
        }
        // Without a checkbox, number or date column nothing says the rows are steps of a plan (a table of facts: "| Instructor | Jane |").
        return status < 0 && sequence < 0 && date < 0 ? TableColumns.Unknown
            : TableColumns.Unknown with { Title = title, Status = status, Sequence = sequence, Date = date };
    }

    /// <summary>
    /// <paramref name="columns"/> read from header words that named no title: a column of checkboxes or status words is the
    /// status, one of dates the date, one of weeks ("1st wk") the week, and the wordiest column left the title, when its cells
    /// hold words and not codes like "M01".
    /// </summary>
    public static TableColumns TitleByContent(TableColumns columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var taken = new HashSet<int> { columns.Date, columns.Sequence, columns.Status, columns.Outcome, columns.Duration, columns.Notes, columns.Context };
        int title = -1, letters = 0;
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        for (var c = 0; c < width; c++)
        {
            if (taken.Contains(c)) continue;
            var cells = rows.Select(r => TableColumns.Cell(r, c)).OfType<string>().ToList();
            if (cells.Count == 0) continue;
            if (columns.Status < 0 && cells.All(x => Checkbox(x) is not null || ItemFields.ParseStatus(x) is not null))
                columns = columns with { Status = c };
            // "3/2~3/8", "Mar 2": dates; "1st wk", "1주차": weeks. Read from the cells when the header's words are unknown.
            else if (columns.Date < 0 && cells.All(x => TextPatterns.FindDate(x) is not null || NumericDay().IsMatch(x)))
                columns = columns with { Date = c };
            else if (columns.Sequence < 0 && cells.All(x => WeekCell().IsMatch(x)))
                columns = columns with { Sequence = c, SequenceIsWeek = true };
            else if (cells.Count(HasWord) * 2 >= cells.Count && cells.Sum(x => x.Count(char.IsLetter)) is var count && count > letters)
                (title, letters) = (c, count);
        }
        return columns with { Title = title };
    }

    // A run of three letters: a word, where "M01" or "1.1" is a code.
    private static bool HasWord(string cell)
    {
        var run = 0;
        foreach (var ch in cell)
            if ((run = char.IsLetter(ch) ? run + 1 : 0) == 3) return true;
        return false;
    }

    public static bool IsValue(string cell) => cell.Length > 0 && (Checkbox(cell) is not null || Sequence().IsMatch(cell) || TextPatterns.FindDate(cell) is not null);

    /// <summary>"[x]", "✅" done; "[ ]", "☐" todo; "[/]" doing; anything else is no checkbox.</summary>
    public static ItemStatus? Checkbox(string cell) => Box().Match(cell.Trim()) is not { Success: true } m ? null
        : m.Groups["done"].Success ? ItemStatus.Done : m.Groups["doing"].Success ? ItemStatus.Doing : ItemStatus.Todo;

    [GeneratedRegex(@"^(?:(?<done>\[[xX✔✓✅]\uFE0F?\]|✅|✔\uFE0F?|✓|☑\uFE0F?)|(?<doing>\[/\])|\[ ?\]|☐)$")]
    private static partial Regex Box();

    [GeneratedRegex(@"^\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"^\s*\d{1,2}\s*(?:st|nd|rd|th)?\s*(?:wk|week|semana|woche|semaine|주차|주|週|周)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekCell();

    // "3", "3/10", "#3": a place in a sequence.
    [GeneratedRegex(@"^#?\d{1,3}(?:\s*/\s*\d{1,3})?\.?$")]
    private static partial Regex Sequence();
}
