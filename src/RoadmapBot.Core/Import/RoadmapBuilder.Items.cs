using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

internal sealed partial class RoadmapBuilder
{
    // Bullets that describe the phase rather than being work to do (seed 001's job-hunt loop).
    private static readonly HashSet<string> PhaseNotes = new(StringComparer.OrdinalIgnoreCase)
    {
        "target", "targets", "metric", "metrics", "goal", "goals", "timeline", "note", "tip", "resume keyword",
        "resume keywords", "keywords", "success metric", "kpi", "focus",
    };

    [GeneratedRegex(@"^(task|project)\s+(\d+[a-z]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedLabel();

    [GeneratedRegex(@"^(task|project)\s+(\d+[a-z]?)\s*[:\-–—]\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^pillar\s*(\d+)\s*(?:\((.*)\))?", RegexOptions.IgnoreCase)]
    private static partial Regex PillarLabel();

    [GeneratedRegex(@"^\[\s*(?:x|✔️|✔|✅|/)\s*\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EmojiCheckbox();

    private void ReadList(ListBlock list, List<ItemDraft> into)
    {
        ItemDraft? last = null;
        foreach (var entry in list.OfType<ListItemBlock>())
        {
            var paragraph = entry.FirstOrDefault() as ParagraphBlock;
            string? label = null;
            var value = paragraph is null ? "" : InlineText.SplitLabel(paragraph.Inline, out label);
            var isCheckbox = paragraph?.Inline?.FirstChild is TaskList || label is null && value.StartsWith('[') && EmojiCheckbox().IsMatch(value);
            var isDetail = paragraph is null
                || (_checkboxMode ? !isCheckbox : PhaseNotes.Contains(label ?? "") || last is not null && ItemFields.IsField(label));
            if (isDetail)
            {
                if (paragraph is not null) ApplyDetail(last, label, value, entry, paragraph);
                foreach (var sub in entry.OfType<ListBlock>()) ReadList(sub, last?.Children ?? into);
                continue;
            }
            var draft = NewItem(paragraph!, label, value, InlineText.Whole(label, value), Line(entry));
            if (draft is null) continue;
            into.Add(draft);
            last = draft;
            foreach (var sub in entry.OfType<ListBlock>()) ReadList(sub, draft.Children);
        }
    }

    private void ApplyDetail(ItemDraft? item, string? label, string value, ListItemBlock entry, ParagraphBlock paragraph)
    {
        if (item is not null && label is not null)
        {
            ItemFields.TryApply(item, label, value, entry, Line(entry), warnings);
            item.Links.AddRange(InlineText.Links(paragraph.Inline).Select(l => new ResourceLink(LinkTitle(l, label), l.Url!)));
        }
        else if (RhythmText.WeeklyTarget(label, value, _phase?.Key) is { } target) _rhythm.WeeklyTargets.Add(target);
    }

    private ItemDraft? NewItem(ParagraphBlock paragraph, string? label, string value, string text, int line)
    {
        var status = paragraph.Inline?.FirstChild is TaskList { Checked: true } ? ItemStatus.Done : ItemStatus.Todo;
        if (IsDoneMark(text) || label is not null && IsDoneMark(InlineText.Of(paragraph))) status = ItemStatus.Done;
        if (EmojiCheckbox().Match(text) is { Success: true } emoji && !emoji.Value.Contains('/'))
        {
            status = ItemStatus.Done;
            text = text[emoji.Length..];
        }
        var marked = StatusMarks.Read(text);
        if (marked.Title.Length == 0) return null;
        text = marked.Title;
        // A checked box stays done even when an emoji after it ("[✔️] 🔄 70 > …") would read as doing.
        if (marked.Status is { } written && !(written == ItemStatus.Doing && status == ItemStatus.Done)) status = written;
        if (text.StartsWith("🔁", StringComparison.Ordinal) || TextPatterns.StripDecoration(text).StartsWith("rescheduled to", StringComparison.OrdinalIgnoreCase))
        {
            RecordReschedule(text, line);
            return null;
        }

        var draft = new ItemDraft { Title = TextPatterns.StripDecoration(text), Line = line, Status = status, Date = marked.Due ?? _date, Week = _week, Priority = marked.Priority };
        draft.Skills.AddRange(marked.Tags);
        draft.DurationDays = Durations.Days(draft.Title);
        if (label is not null && NumberedLabel().Match(label) is { Success: true } numbered)
            Number(draft, numbered.Groups[1].Value, numbered.Groups[2].Value, value);
        else if (label is "Task" or "Project" && ItemHeading() is { } heading)
            TitleFromHeading(draft, heading, value);
        else if (label is not null && PillarLabel().Match(label) is { Success: true } pillar)
        {
            var index = int.Parse(pillar.Groups[1].Value);
            draft.Skills.Add(Slug(index <= _rhythm.Pillars.Count ? _rhythm.Pillars[index - 1] : $"pillar {index}"));
            draft.Title = value.Length > 0 ? value : pillar.Groups[2].Success ? pillar.Groups[2].Value : label;
        }
        if (TextPatterns.FindTimeRange(draft.Title) is { Index: 0 } slot)
        {
            draft.Start = slot.Start;
            draft.End = slot.End;
            draft.Title = draft.Title[slot.Length..].TrimStart(' ', ':').Trim();
        }
        draft.Links.AddRange(InlineText.Links(paragraph.Inline).Select(l => new ResourceLink(LinkTitle(l, draft.Title), l.Url!)));
        return draft;
    }

    private static void Number(ItemDraft draft, string kind, string number, string title)
    {
        var isTask = kind.Equals("task", StringComparison.OrdinalIgnoreCase);
        draft.Kind = isTask ? ItemKind.Task : ItemKind.Project;
        if (isTask) draft.ExplicitKey = "t" + number.ToLowerInvariant();
        draft.Title = title.Length > 0 ? title : $"{kind} {number}";
    }

    /// <summary>"#### Task 1: Python Fundamentals" then "- [ ] **Task:** Master core Python": the heading names the item.</summary>
    private void TitleFromHeading(ItemDraft draft, HeadingBlock heading, string description)
    {
        _usedItemHeading = heading;
        var text = TextPatterns.StripDecoration(InlineText.Of(heading));
        draft.Description = description;
        if (NumberedHeading().Match(text) is { Success: true } m) Number(draft, m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Trim());
        else
        {
            draft.Kind = ItemKind.Project;
            draft.Title = text;
        }
    }

    private HeadingBlock? ItemHeading() =>
        _headings.Count > 0 && _headings[^1].Block != _usedItemHeading ? _headings[^1].Block : null;

    private void RecordReschedule(string text, int line)
    {
        if (TextPatterns.FindDateMatch(text) is not { } date)
        {
            warnings.Add(new(line, "Rescheduled entry names no date; skipped."));
            return;
        }
        var rest = text[(date.Index + date.Length)..];
        var slot = TextPatterns.FindTimeRange(rest);
        var title = (slot is { } s ? rest[(s.Index + s.Length)..] : rest).TrimStart(' ', ':').Trim();
        _reschedules.Add(new Reschedule(_date, date.Date, slot?.Start, slot?.End, title, line));
    }

    private void ReadTable(Table table, List<ItemDraft> into)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        if (header is null)
        {
            Warn(table, $"Table in '{SectionName}' skipped: it has no header row to say what its columns hold.");
            return;
        }
        var body = rows.Where(r => !r.IsHeader).Select(r => (Row: r, Cells: (IReadOnlyList<string>)r.OfType<TableCell>().Select(CellText).ToList())).ToList();
        var columns = TableColumns.Of(header.OfType<TableCell>().Select(CellText).ToList(), body.Select(b => b.Cells).ToList());
        if (columns.Title < 0)
        {
            Warn(table, $"Table in '{SectionName}' skipped: no column holds a title (Task, Topic, Lesson, Course…).");
            return;
        }
        foreach (var (row, cells) in body)
        {
            string? Cell(int i) => TableColumns.Cell(cells, i);
            var sequence = Cell(columns.Sequence);
            if (columns.Sequence >= 0 && sequence is "--" or "-" or "—" or "–") continue;
            var label = columns.SequenceIsLabel(cells) ? sequence : null;
            int? dayNumber = sequence is null ? null : ++_dayCounter;
            var notes = string.Join(": ", new[] { label, Cell(columns.Context) }.OfType<string>());
            if (Cell(columns.Notes) is { } extra) notes = notes.Length > 0 ? $"{notes}\n{extra}" : extra;
            var date = Cell(columns.Date) is { } dateCell ? TextPatterns.FindDate(dateCell) ?? _numericDates.Value.Read(dateCell) : null;
            var rowStatus = Cell(columns.Status) is { } statusCell ? ItemFields.ParseStatus(statusCell) : null;
            var titleCell = Cell(columns.Title) ?? "";
            var tasks = columns.TitleIsTasks ? titleCell.Split(InlineText.Break) : [titleCell.Replace(InlineText.Break.ToString(), " — ", StringComparison.Ordinal)];
            var starts = row.OfType<TableCell>().ElementAtOrDefault(columns.Title) is { } taskCell ? PartStarts(taskCell) : [];
            if (starts.Count != tasks.Length) starts = [.. tasks.Select(_ => (SourcePosition?)null)];
            foreach (var (task, done, start) in tasks.Zip(starts).Select(t => (Text: t.First.Trim().TrimStart('•', '-', '*').TrimStart(), Start: t.Second))
                         .Select(t => (Title: TextPatterns.StripDecoration(t.Text), Done: IsDoneMark(t.Text), t.Start)).Where(t => t.Title.Length > 0))
                into.Add(new ItemDraft
                {
                    Title = task,
                    Status = done ? ItemStatus.Done : rowStatus ?? ItemStatus.Todo,
                    Line = Line(row),
                    CellStart = start,
                    Week = _week,
                    Date = date ?? (label is null ? null : TextPatterns.FindDate(label)) ?? _date,
                    Day = dayNumber,
                    Weekday = label is null ? null : TextPatterns.Weekday(label),
                    Outcome = Cell(columns.Outcome),
                    Notes = notes.Length > 0 ? notes : null,
                    DurationDays = Cell(columns.Duration) is { } duration ? Durations.Days(duration) : Durations.Days(task),
                    Hours = Cell(columns.Duration) is { } hours ? Durations.Hours(hours) : null,
                });
        }
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

    private static bool IsLineBreak(Markdig.Syntax.Inlines.Inline inline) =>
        inline is Markdig.Syntax.Inlines.HtmlInline html && html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase);

    // Skips the spaces and bullet ('•', or '-' or '*' then a space) that the title drops, so a mark lands before the words.
    private SourcePosition TextStart(int offset)
    {
        var text = source.Text;
        while (offset < text.Length && (text[offset] is ' ' or '\t' or '•'
                   || text[offset] is '-' or '*' && offset + 1 < text.Length && text[offset + 1] is ' ' or '\t'))
            offset++;
        return source.OriginalPosition(offset);
    }

    private static bool IsDoneMark(string text) => text.StartsWith('✅') || text.StartsWith('✔') || text.StartsWith('☑');

    private static string CellText(TableCell cell) =>
        string.Join(InlineText.Break, cell.OfType<ParagraphBlock>().Select(InlineText.Of));

    private static string LinkTitle(Markdig.Syntax.Inlines.LinkInline link, string fallback)
    {
        var title = InlineText.Of(link);
        return title.Length > 0 ? title : fallback;
    }

    private static string Slug(string text) =>
        string.Join('-', SlugSeparators().Split(text.ToLowerInvariant()).Where(w => w.Length > 0));

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex SlugSeparators();
}
