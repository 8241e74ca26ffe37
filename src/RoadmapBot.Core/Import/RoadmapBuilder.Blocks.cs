using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

internal sealed partial class RoadmapBuilder
{
    private void OnList(ListBlock list)
    {
        switch (Kind)
        {
            case SectionKind.Criteria: (_phase?.ExitCriteria ?? _rhythm.DefinitionOfDone).AddRange(ListTexts(list)); return;
            case SectionKind.Review: _rhythm.ReviewQuestions.AddRange(ListTexts(list)); return;
            case SectionKind.Checklist: _rhythm.WeeklyChecklist.AddRange(ListTexts(list)); return;
            case SectionKind.Advice: _rhythm.Advice.AddRange(ListTexts(list)); return;
            case SectionKind.Reference: return;
            case SectionKind.Template: Warn(list, $"List in '{SectionName}' skipped: it is a template, not tasks."); return;
            case SectionKind.Habits:
                foreach (var item in ListEntries(list))
                    _rhythm.AddHabit(RhythmText.Habit(LeadingBold(item) ?? TextPatterns.StripDecoration(InlineText.Of(item))));
                return;
            case SectionKind.Pillars:
                _rhythm.Pillars.AddRange(ListEntries(list).Select(p => LeadingBold(p) ?? InlineText.Of(p)));
                return;
            case SectionKind.WeekdayLoop:
                ReadWeekdayThemes(list);
                return;
            case SectionKind.Targets:
                foreach (var item in ListEntries(list)) AddWeeklyTarget(item);
                return;
        }
        if (_tableMode && !HasCheckbox(list)) Warn(list, $"List in '{SectionName}' skipped: this plan's tasks are its table rows.");
        else if (IsTableOfContents(list)) Warn(list, $"List in '{SectionName}' skipped: it is a table of contents.");
        else if (ItemsHere() is { } items) ReadList(list, items);
        else Warn(list, $"List in '{SectionName}' skipped: it is not inside a phase ({list.Count} entries).");
    }

    /// <summary>Every entry is only a link to a heading of this document.</summary>
    private static bool IsTableOfContents(ListBlock list) =>
        list.Count > 0 && list.OfType<ListItemBlock>().All(li => li.FirstOrDefault() is ParagraphBlock) && ListEntries(list).All(p => p.Inline?.FirstChild is Markdig.Syntax.Inlines.LinkInline { Url: ['#', ..] } link && link.NextSibling is null);

    private void OnTable(Table table)
    {
        if (Kind == SectionKind.Reference) return;
        if (Kind == SectionKind.Tasks && !_checkboxMode && ItemsHere() is { } items) ReadTable(table, items);
        else Warn(table, $"Table in '{SectionName}' skipped: it holds no tasks.");
    }

    private void OnHtml(HtmlBlock html)
    {
        if (Kind != SectionKind.Tasks || _checkboxMode || Disclosures.Item(html.Lines.ToString()) is not { } disclosure) return;
        if (ItemsHere() is { } items) items.Add(new ItemDraft { Title = disclosure.Title, Status = disclosure.Status, Line = Line(html), Week = _week, Date = _date });
        else Warn(html, $"'{disclosure.Title}' skipped: it is not inside a phase.");
    }

    private void OnParagraph(ParagraphBlock paragraph)
    {
        if (Kind == SectionKind.Reference) return;
        var text = InlineText.Of(paragraph);
        if (TextPatterns.StripDecoration(text).StartsWith("busy", StringComparison.OrdinalIgnoreCase))
        {
            var days = TextPatterns.Weekdays(text);
            foreach (var (start, end) in TextPatterns.TimeRanges(text))
                _rhythm.BusyWindows.Add(new BusyWindow(start, end, days.Count > 0 ? days : Enum.GetValues<DayOfWeek>()));
        }
        if (RhythmText.TimePerDayHabit(text) is { } habit) _rhythm.AddHabit(habit);
    }

    private void OnCode(FencedCodeBlock code)
    {
        var content = code.Lines.ToString();
        switch (Kind)
        {
            case SectionKind.Review:
                _rhythm.ReviewQuestions.AddRange(TemplateQuestions(content));
                break;
            case SectionKind.Advice:
                _rhythm.Advice.AddRange(content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
                break;
            case SectionKind.Reference:
                break;
            default:
                Warn(code, $"Code block in '{SectionName}' skipped: code and templates are not tasks.");
                break;
        }
    }

    /// <summary>A review template written as Markdown inside a fence: its section headings are the questions.</summary>
    private static IEnumerable<string> TemplateQuestions(string template)
    {
        var document = Markdown.Parse(template, RoadmapImporter.Pipeline);
        var headings = document.Descendants<HeadingBlock>().Select(h => InlineText.Of(h).TrimEnd(':').Trim())
            .Where(h => h.Length > 0 && !h.Contains('[')).ToList();
        return headings.Count > 0 ? headings : document.Descendants<ListItemBlock>().Select(li => InlineText.Of(li.FirstOrDefault() as ParagraphBlock));
    }

    private void ReadWeekdayThemes(ListBlock list)
    {
        foreach (var item in ListEntries(list))
        {
            var value = InlineText.SplitLabel(item.Inline, out var label);
            var days = label is null ? [] : TextPatterns.Weekdays(label);
            if (days.Count == 0) continue;
            var title = LeadingBold(item, skip: 1) ?? value;
            var detail = value.Length > title.Length ? value[title.Length..].Trim(' ', '(', ')', '.') : null;
            _rhythm.WeekdayThemes.Add(new WeekdayTheme(days, title, string.IsNullOrEmpty(detail) ? null : detail));
        }
    }

    private void AddWeeklyTarget(ParagraphBlock item)
    {
        var value = InlineText.SplitLabel(item.Inline, out var label);
        if (RhythmText.WeeklyTarget(label, value, _phase?.Key) is { } target) _rhythm.WeeklyTargets.Add(target);
    }

    private static IEnumerable<ParagraphBlock> ListEntries(ListBlock list) =>
        list.OfType<ListItemBlock>().Select(li => li.FirstOrDefault() as ParagraphBlock).OfType<ParagraphBlock>();

    private static List<string> ListTexts(ListBlock list) =>
        ListEntries(list).Select(p => TextPatterns.StripDecoration(InlineText.Of(p))).Where(t => t.Length > 0).ToList();

    /// <summary>The text of the n-th bold span at the start of a paragraph ("**4 SQL problems** (build …)").</summary>
    private static string? LeadingBold(ParagraphBlock paragraph, int skip = 0) =>
        paragraph.Inline?.Descendants<Markdig.Syntax.Inlines.EmphasisInline>().Where(e => e.DelimiterCount == 2 && e.Parent == paragraph.Inline)
            .Skip(skip).Select(e => InlineText.Of(e).TrimEnd(':')).FirstOrDefault(t => t.Length > 0);
}
