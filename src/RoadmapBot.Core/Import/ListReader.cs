using System.Text.RegularExpressions;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Bulleted and checkbox lists of a plan section: each entry an item, its labelled sub-entries the item's fields, its other
/// sub-entries its sub-items. In a phase of checkbox tasks (<c>checkboxesOnly</c>) only checkboxes are items.
/// </summary>
internal sealed partial class ListReader(SourceText source, RhythmDraft rhythm, List<ImportWarning> warnings)
{
    // Bullets that describe the phase rather than being work to do (seed 001's job-hunt loop).
    private static readonly HashSet<string> PhaseNotes = new(StringComparer.OrdinalIgnoreCase)
    {
        "target", "targets", "metric", "metrics", "goal", "goals", "timeline", "note", "tip", "resume keyword",
        "resume keywords", "keywords", "success metric", "kpi", "focus",
    };

    private readonly List<Reschedule> _reschedules = [];
    private HeadingBlock? _usedItemHeading;

    /// <summary>The "🔁 Rescheduled to …" entries read so far: not items, moves for <see cref="WeekGrouping"/>.</summary>
    public IReadOnlyList<Reschedule> Reschedules => _reschedules;

    [GeneratedRegex(@"^pillar\s*(\d+)\s*(?:\((.*)\))?", RegexOptions.IgnoreCase)]
    private static partial Regex PillarLabel();

    [GeneratedRegex(@"^\[\s*(?:x|✔️|✔|✅|/)\s*\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EmojiCheckbox();

    public void Read(ListBlock list, List<ItemDraft> into, ItemPlace place, bool checkboxesOnly, ItemDraft? owner = null)
    {
        ItemDraft? last = null;
        foreach (var block in list)
        {
            if (block is not ListItemBlock entry) continue;
            var paragraph = entry.Count > 0 ? entry[0] as ParagraphBlock : null;
            string? label = null;
            var value = paragraph is null ? "" : InlineText.SplitLabel(paragraph, out label);
            // Notion: "- Status: Done" under an item is the item's property, not a sub-task.
            if (owner is not null && last is null && paragraph is not null && NotionStatusLines.Of(InlineText.Whole(label, value)) is { } ownerStatus)
            {
                owner.Status = ownerStatus;
                continue;
            }
            var isCheckbox = paragraph is not null && ListBlocks.IsBox(paragraph)
                || label is null && value.StartsWith('[') && (EmojiCheckbox().IsMatch(value) || StatusMarks.Bracketed(value) is not null);
            var isDetail = paragraph is null
                || (checkboxesOnly ? !isCheckbox : PhaseNotes.Contains(label ?? "") || last is not null && (ItemFields.IsField(label) || ItemFields.ReferenceLabel(label, value) is not null));
            if (isDetail)
            {
                if (paragraph is not null) ApplyDetail(last, label, value, entry, paragraph, place);
                // A plain entry among the tasks ("- Exercises") groups the tasks under it: they are the list's, not the task's above.
                var group = paragraph is not null && label is null && checkboxesOnly;
                foreach (var sub in OptionLists.SubLists(entry)) Read(sub, group ? into : last?.Children ?? into, place, checkboxesOnly);
                continue;
            }
            var draft = NewItem(paragraph!, label, value, InlineText.Whole(label, value), source.OriginalLine(entry.Line), place);
            if (draft is null) continue;
            into.Add(draft);
            last = draft;
            foreach (var sub in OptionLists.SubLists(entry)) Read(sub, draft.Children, place, checkboxesOnly, draft);
        }
    }

    private void ApplyDetail(ItemDraft? item, string? label, string value, ListItemBlock entry, ParagraphBlock paragraph, ItemPlace place)
    {
        if (item is not null && label is not null && ItemFields.TryApply(item, label, value, entry, source.OriginalLine(entry.Line), warnings))
            AddLinks(item, paragraph, label);
        else if (item is not null && ItemFields.ReferenceLabel(label, value) is { } reference)
        {
            // A resource of the task above: its links, or its words in the task's notes when it has none.
            var links = item.Links.Count;
            AddLinks(item, paragraph, reference);
            if (item.Links.Count == links) item.Notes = item.Notes is null ? InlineText.Whole(label, value) : $"{item.Notes}\n{InlineText.Whole(label, value)}";
        }
        else if (item is not null && label is not null) AddLinks(item, paragraph, label);
        else if (RhythmText.WeeklyTarget(label, value, place.Phase?.Key) is { } target) rhythm.WeeklyTargets.Add(target);
    }

    private ItemDraft? NewItem(ParagraphBlock paragraph, string? label, string value, string text, int line, ItemPlace place)
    {
        var status = paragraph.Inline?.FirstChild is TaskList { Checked: true } ? ItemStatus.Done : ItemStatus.Todo;
        // The mark may open the line before a label or bold words ("✅ **Install** the tools"), which the text no longer starts with.
        if (StatusMarks.LeadsWithDone(text) || paragraph.Inline?.FirstChild is LiteralInline first && StatusMarks.LeadsWithDone(first.Content.AsSpan().TrimStart()))
            status = ItemStatus.Done;
        if (EmojiCheckbox().Match(text) is { Success: true } emoji && !emoji.Value.Contains('/'))
        {
            status = ItemStatus.Done;
            text = text[emoji.Length..];
        }
        else if (StatusMarks.Bracketed(text) is { } bracketed)
        {
            status = bracketed.Status;
            text = text[bracketed.Length..].TrimStart();
        }
        var (withoutLine, lineStatus) = NotionStatusLines.Split(source.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length), text);
        text = withoutLine;
        if (lineStatus is { } fromLine) status = fromLine;
        var marked = StatusMarks.Read(text);
        if (marked.Title.Length == 0) return null;
        text = marked.Title;
        // A checked box stays done even when an emoji after it ("[✔️] 🔄 70 > …") would read as doing.
        if (marked.Status is { } written && !(written == ItemStatus.Doing && status == ItemStatus.Done)) status = written;
        if (text.StartsWith("🔁", StringComparison.Ordinal) || TextPatterns.StripDecoration(text).StartsWith("rescheduled to", StringComparison.OrdinalIgnoreCase))
        {
            RecordReschedule(text, line, place.Date);
            return null;
        }

        var draft = new ItemDraft { Title = TextPatterns.StripDecoration(text), Line = line, Status = status, Date = marked.Due ?? place.Date, Week = place.Week, Weekday = place.Weekday, Priority = marked.Priority };
        draft.Skills.AddRange(marked.Tags);
        draft.DurationDays = Durations.Days(draft.Title) ?? place.WeekSpanDays;
        if (label is not null && NumberedNames.Bare(label) is { } numbered)
            Number(draft, numbered.Kind, numbered.Number, value);
        else if (label is "Task" or "Project" && place.Heading is { } heading && heading != _usedItemHeading)
            TitleFromHeading(draft, heading, value);
        else if (label is not null && PillarLabel().Match(label) is { Success: true } pillar)
        {
            var index = Digits.Int(pillar.Groups[1].Value);
            draft.Skills.Add(RhythmText.Slug(index <= rhythm.Pillars.Count ? rhythm.Pillars[index - 1] : $"pillar {index}"));
            draft.Title = value.Length > 0 ? value : pillar.Groups[2].Success ? pillar.Groups[2].Value : label;
        }
        if (TextPatterns.FindTimeRange(draft.Title) is { Index: 0 } slot)
        {
            draft.Start = slot.Start;
            draft.End = slot.End;
            draft.Title = draft.Title[slot.Length..].TrimStart(' ', ':').Trim();
        }
        // A log's "Day 2 (2025-03-04) Linked lists": the day and its date, and the words after them as the title.
        if (DayWithDate().Match(draft.Title) is { Success: true } day && TextPatterns.FindDate(day.Groups["date"].Value) is { } dated)
        {
            (draft.Day, draft.Date) = (Digits.Int(day.Groups["day"].Value), dated);
            var rest = draft.Title[day.Length..].Trim();
            draft.Title = rest.Length > 0 ? rest : day.Groups["label"].Value;
        }
        // "Essay (due Oct 3, 2025)": due then, unless a 📅 said otherwise; the note is no part of the title. Only a full date: a
        // list has no year to lend.
        if (marked.Due is null && DueNotes.Of(draft.Title) is { } note && TextPatterns.FindDate(note.When) is { } due)
            (draft.Title, draft.Date) = (note.Title, due);
        AddLinks(draft, paragraph, draft.Title);
        return draft;
    }

    [GeneratedRegex(@"^\[?(?<label>(?:day|d[ií]a|tag|jour|день)\s*(?<day>\d+))\s*[(\[]\s*(?<date>[^)\]]+?)\s*[)\]]\]?\s*[:\-–—]?", RegexOptions.IgnoreCase)]
    private static partial Regex DayWithDate();

    private static void Number(ItemDraft draft, string kind, string number, string title)
    {
        var isTask = kind.Equals("task", StringComparison.OrdinalIgnoreCase);
        draft.Kind = isTask ? ItemKind.Task : ItemKind.Project;
        if (isTask) draft.ExplicitKey = "t" + number.ToLowerInvariant();
        draft.Title = title.Length > 0 ? title : $"{kind} {number}";
    }

    /// <summary>"#### Task 1: Python Fundamentals" then "- [ ] **Task:** Master core Python": the heading names the item, once.</summary>
    private void TitleFromHeading(ItemDraft draft, HeadingBlock heading, string description)
    {
        _usedItemHeading = heading;
        var text = InlineText.TitleOf(heading);
        draft.Description = description;
        if (NumberedNames.Titled(text) is { } numbered) Number(draft, numbered.Kind, numbered.Number, numbered.Title);
        else
        {
            draft.Kind = ItemKind.Project;
            draft.Title = text;
        }
    }

    private void RecordReschedule(string text, int line, DateOnly? from)
    {
        if (TextPatterns.FindDateMatch(text) is not { } date)
        {
            warnings.Add(new(line, "Rescheduled entry names no date; skipped."));
            return;
        }
        var rest = text[(date.Index + date.Length)..];
        var slot = TextPatterns.FindTimeRange(rest);
        var title = (slot is { } s ? rest[(s.Index + s.Length)..] : rest).TrimStart(' ', ':').Trim();
        _reschedules.Add(new Reschedule(from, date.Date, slot?.Start, slot?.End, title, line));
    }

    private static void AddLinks(ItemDraft item, ParagraphBlock paragraph, string fallbackTitle)
    {
        foreach (var link in InlineLinks.Of(paragraph.Inline))
            item.Links.Add(new ResourceLink(InlineText.Of(link) is { Length: > 0 } title ? title : fallbackTitle, link.Url!));
    }
}
