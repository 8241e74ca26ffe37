using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Tables read by their header's column roles: one row is one item, a &lt;br&gt; list in a task cell several.</summary>
internal sealed class TableReader(SourceText source, List<ImportWarning> warnings, Lazy<NumericDates> _numericDates)
{
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
            // A phase cell written again on the next rows ("Python", "Python") is the same phase going on, not a new one; a
            // section row ("| **Unit 2: Graphs** | | |") starts one as a phase cell does.
            var section = columns.Phase < 0 ? TableRows.SectionIn(cells, columns, IsBold(row.OfType<TableCell>().FirstOrDefault())) : null;
            var phaseCell = TableColumns.Cell(cells, columns.Phase) ?? section;
            if (phaseCell is not null && !string.Equals(phaseCell, phaseName, StringComparison.OrdinalIgnoreCase))
            {
                var phase = PhaseDraft.FromHeading(phaseName = phaseCell, phases.Count + 1, source.OriginalLine(row.Line));
                phases.Add(phase);
                into = phase.Items;
            }
            if (section is not null) continue;
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
        else if (sequence is not null && TextPatterns.Number(sequence) is { } weekNumber) _week = (int)weekNumber;
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
        var week = columns.SequenceIsWeek ? _week ?? place.Week : place.Week;
        var items = Parts(row, columns.Title, tasks)
            .Select(t => (Title: WithDueNote(TextPatterns.StripDecoration(t.Text)), Done: StatusMarks.LeadsWithDone(t.Text), t.Start)).Where(t => t.Title.Text.Length > 0)
            .Select(t => new ItemDraft
            {
                Title = t.Title.Text,
                Status = t.Done ? ItemStatus.Done : rowStatus ?? ItemStatus.Todo,
                Line = source.OriginalLine(row.Line),
                CellStart = t.Start,
                Week = week,
                Date = t.Title.Due ?? date ?? (label is null ? null : TextPatterns.FindDate(label)) ?? place.Date,
                Day = dayNumber,
                Weekday = SessionDay(columns, columns.Title) ?? (label is null ? null : TextPatterns.Weekday(label)) ?? place.Weekday,
                Outcome = Cell(columns.Outcome),
                Notes = notes.Length > 0 ? notes : null,
                DurationDays = Cell(columns.Duration) is { } duration ? Durations.Days(duration) : Durations.Days(t.Title.Text),
                Hours = Cell(columns.Duration) is { } hours ? Durations.Hours(hours) : null,
            }).ToList();
        // The week's other sessions ("Lecture (Thursday)"), and homework, a quiz, an exam in a column of their own: each work
        // of its own, due on its day, by its note or on the row's date.
        foreach (var column in columns.Sessions.Select(d => d.Column).Where(c => c != columns.Title).Append(columns.Assignment))
            if (Cell(column) is { } work && !IsDash(work))
                items.AddRange(Parts(row, column, work.Split(InlineText.Break))
                    .Select(w => WithDueNote(TextPatterns.StripDecoration(w.Text)) is var titled && titled.Text.Length > 0 && !IsDash(titled.Text)
                        ? new ItemDraft
                        {
                            Title = titled.Text, Line = source.OriginalLine(row.Line), CellStart = w.Start, Week = week,
                            Status = StatusMarks.LeadsWithDone(w.Text) ? ItemStatus.Done : rowStatus ?? ItemStatus.Todo,
                            Date = titled.Due ?? date ?? place.Date, Weekday = SessionDay(columns, column),
                        }
                        : null)
                    .OfType<ItemDraft>());
        return items;
    }

    private static DayOfWeek? SessionDay(TableColumns columns, int column)
    {
        foreach (var (session, day) in columns.Sessions)
            if (session == column) return day;
        return null;
    }

    /// <summary>A cell's &lt;br&gt;-separated parts without their bullets, each with where it starts in the user's document.</summary>
    private IEnumerable<(string Text, SourcePosition? Start)> Parts(TableRow row, int column, string[] parts)
    {
        var starts = row.OfType<TableCell>().ElementAtOrDefault(column) is { } cell ? PartStarts(cell) : [];
        if (starts.Count != parts.Length) starts = [.. parts.Select(_ => (SourcePosition?)null)];
        return parts.Zip(starts).Select(t => (t.First.Trim().TrimStart('•', '-', '*').TrimStart(), t.Second));
    }

    /// <summary>"Homework 1 (due Fri 2/14)": the title without its due note, and the note's date; the text as it is when no date is read.</summary>
    private (string Text, DateOnly? Due) WithDueNote(string text) =>
        DueNotes.Of(text) is { } note && (TextPatterns.FindDate(note.When) ?? _numericDates.Value.Read(note.When)) is { } due ? (note.Title, due) : (text, null);

    /// <summary>The cell's words are all bold: nothing but spaces beside one "**…**".</summary>
    private static bool IsBold(TableCell? cell)
    {
        var bold = 0;
        for (var inline = (cell?.FirstOrDefault() as ParagraphBlock)?.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
            if (inline is EmphasisInline { DelimiterCount: 2 }) bold++;
            else if (inline is not LiteralInline literal || !literal.Content.AsSpan().IsWhiteSpace()) return false;
        return bold == 1;
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
