using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Tables read by their header's column roles: one row is one item, a &lt;br&gt; list in a task cell several.</summary>
internal sealed class TableReader(SourceText source, List<ImportWarning> warnings, DateOnly? importDate)
{
    // Decided on the first numeric date a table holds: most documents have none, and the scan reads the whole text.
    private readonly Lazy<NumericDates> _numericDates = new(() => NumericDates.For(source.Text, warnings, importDate), LazyThreadSafetyMode.None);
    private int _dayCounter;

    // The week the rows of a Week column are in: a row with an empty week cell is the week above's second session.
    private int? _week;

    private string? _previousTitle;
    private readonly List<string> _breaks = [];

    /// <summary>Adds the table's rows to <paramref name="into"/>; a filled phase cell starts a phase, added to <paramref name="phases"/>, that takes the rows below it.</summary>
    public void Read(Table table, List<ItemDraft> into, List<PhaseDraft> phases, ItemPlace place)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        if (header is null)
        {
            Warn(table, $"Table in '{place.SectionName}' skipped: it has no header row to say what its columns hold.");
            return;
        }
        var body = rows.Where(r => !r.IsHeader).Select(r => (Row: r, Cells: (IReadOnlyList<string>)r.OfType<TableCell>().Select(TableCells.Text).ToList())).ToList();
        var headerCells = header.OfType<TableCell>().Select(TableCells.Text).ToList();
        var columns = TableColumns.Of(headerCells, body.Select(b => b.Cells).ToList());
        if (columns.HeaderIsData) body.Insert(0, (header, headerCells));
        _week = null;
        if (columns.Title < 0)
        {
            Warn(table, $"Table in '{place.SectionName}' skipped: no column holds a title (Task, Topic, Lesson, Course…).");
            return;
        }
        _previousTitle = null;
        _breaks.Clear();
        string? phaseName = null;
        foreach (var (row, cells) in body)
        {
            if (TableColumns.Cell(cells, columns.Phase) is { } phaseBreak && TableRows.BreakIn(phaseBreak) is { } pause)
            {
                _breaks.Add(pause);
                continue;
            }
            // A phase cell written again on the next rows ("Python", "Python") is the same phase going on, not a new one.
            if (TableColumns.Cell(cells, columns.Phase) is { } phaseCell && !string.Equals(phaseCell, phaseName, StringComparison.OrdinalIgnoreCase))
            {
                var phase = PhaseDraft.FromHeading(phaseName = phaseCell, phases.Count + 1, source.OriginalLine(row.Line));
                phases.Add(phase);
                into = phase.Items;
            }
            into.AddRange(RowItems(row, cells, columns, place));
        }
        if (_breaks.Count > 0)
            Warn(table, $"Table in '{place.SectionName}': {(_breaks.Count == 1 ? "1 row" : $"{_breaks.Count} rows")} of breaks or days without class ({string.Join(", ", _breaks.Distinct().Take(3))}) {(_breaks.Count == 1 ? "is not a task" : "are not tasks")}.");
    }

    private IEnumerable<ItemDraft> RowItems(TableRow row, IReadOnlyList<string> cells, TableColumns columns, ItemPlace place)
    {
        string? Cell(int i) => TableColumns.Cell(cells, i);
        var sequence = Cell(columns.Sequence);
        if (columns.Sequence >= 0 && sequence is not null && IsDash(sequence)) return [];
        var label = columns.SequenceIsLabel(cells) ? sequence : null;
        int? dayNumber = null;
        if (!columns.SequenceIsWeek) dayNumber = sequence is null ? null : ++_dayCounter;
        else if (sequence is not null && TextPatterns.Number(sequence) is { } week) _week = (int)week;
        // A task cell left empty or dashed ("-") in a row whose topic is filled: the topic is the row's item, not its note.
        var task = Cell(columns.Title) is { } cell && !IsDash(cell) ? cell : null;
        // "(continue)" goes on with the row above; a row whose title cell is empty is titled by its other words ("Midterm").
        if (task is not null && TableRows.Continues(task)) task = _previousTitle;
        var titleCell = task ?? Cell(columns.Context) ?? TableRows.OtherWords(cells, columns) ?? "";
        _previousTitle = task ?? _previousTitle;
        if (TableRows.BreakIn(titleCell) is { } pause)
        {
            _breaks.Add(pause);
            return [];
        }
        var notes = string.Join(": ", new[] { label, task is null ? null : Cell(columns.Context) }.OfType<string>());
        if (Cell(columns.Notes) is { } extra) notes = notes.Length > 0 ? $"{notes}\n{extra}" : extra;
        var date = Cell(columns.Date) is { } dateCell ? TextPatterns.FindDate(dateCell) ?? _numericDates.Value.Read(dateCell) : null;
        var rowStatus = Cell(columns.Status) is { } statusCell ? TableCellRoles.Checkbox(statusCell) ?? ItemFields.ParseStatus(statusCell) : null;
        var tasks = columns.TitleIsTasks ? titleCell.Split(InlineText.Break) : [titleCell.Replace(InlineText.Break.ToString(), " — ", StringComparison.Ordinal)];
        var starts = row.OfType<TableCell>().ElementAtOrDefault(columns.Title) is { } taskCell ? PartStarts(taskCell) : [];
        if (starts.Count != tasks.Length) starts = [.. tasks.Select(_ => (SourcePosition?)null)];
        return tasks.Zip(starts).Select(t => (Text: t.First.Trim().TrimStart('•', '-', '*').TrimStart(), Start: t.Second))
            .Select(t => (Title: TextPatterns.StripDecoration(t.Text), Done: StatusMarks.LeadsWithDone(t.Text), t.Start)).Where(t => t.Title.Length > 0)
            .Select(t => new ItemDraft
            {
                Title = t.Title,
                Status = t.Done ? ItemStatus.Done : rowStatus ?? ItemStatus.Todo,
                Line = source.OriginalLine(row.Line),
                CellStart = t.Start,
                Week = columns.SequenceIsWeek ? _week ?? place.Week : place.Week,
                Date = date ?? (label is null ? null : TextPatterns.FindDate(label)) ?? place.Date,
                Day = dayNumber,
                Weekday = label is null ? null : TextPatterns.Weekday(label),
                Outcome = Cell(columns.Outcome),
                Notes = notes.Length > 0 ? notes : null,
                DurationDays = Cell(columns.Duration) is { } duration ? Durations.Days(duration) : Durations.Days(t.Title),
                Hours = Cell(columns.Duration) is { } hours ? Durations.Hours(hours) : null,
            }).ToList();
    }

    /// <summary>Where each &lt;br&gt;-separated part of a cell starts in the user's document, after any bullet; null for an empty part.</summary>
    private List<SourcePosition?> PartStarts(TableCell cell)
    {
        var starts = new List<SourcePosition?>();
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            var partStart = paragraph.Inline?.FirstChild;
            for (var inline = partStart; ; inline = inline.NextSibling)
            {
                if (inline is not null && !IsLineBreak(inline)) continue;
                starts.Add(partStart is null || partStart == inline ? null : TextStart(partStart.Span.Start));
                if (inline is null) break;
                partStart = inline.NextSibling;
            }
        }
        return starts;
    }

    private static bool IsDash(string cell) => cell is "--" or "-" or "—" or "–";

    private static bool IsLineBreak(Inline inline) => inline is HtmlInline html && html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase);

    // Skips the spaces and bullet ('•', or '-' or '*' then a space) that the title drops, so a mark lands before the words.
    private SourcePosition TextStart(int offset)
    {
        var text = source.Text;
        while (offset < text.Length && (text[offset] is ' ' or '\t' or '•'
                   || text[offset] is '-' or '*' && offset + 1 < text.Length && text[offset + 1] is ' ' or '\t'))
            offset++;
        return source.OriginalPosition(offset);
    }

    private void Warn(Block block, string message) => warnings.Add(new ImportWarning(source.OriginalLine(block.Line), message));
}
