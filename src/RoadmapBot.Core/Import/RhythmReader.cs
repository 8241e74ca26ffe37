using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// The rhythm around the plan, from the sections that state it: daily habits, weekly targets, weekday themes, review
/// questions, the weekly checklist, exit criteria, pillars, advice for falling behind, busy windows.
/// </summary>
internal sealed class RhythmReader(RhythmDraft rhythm)
{
    public RhythmDraft Rhythm => rhythm;

    /// <summary>Reads a list of a rhythm section into the rhythm; false when <paramref name="kind"/> is not one (the list may be tasks).</summary>
    public bool ReadList(ListBlock list, SectionKind kind, PhaseDraft? phase)
    {
        switch (kind)
        {
            case SectionKind.Criteria: (phase?.ExitCriteria ?? rhythm.DefinitionOfDone).AddRange(ListBlocks.Texts(list)); return true;
            case SectionKind.Review: rhythm.ReviewQuestions.AddRange(ListBlocks.Texts(list)); return true;
            case SectionKind.Checklist: rhythm.WeeklyChecklist.AddRange(ListBlocks.Texts(list)); return true;
            case SectionKind.Advice: rhythm.Advice.AddRange(ListBlocks.Texts(list)); return true;
            case SectionKind.Habits:
                foreach (var item in ListBlocks.Entries(list))
                    rhythm.AddHabit(RhythmText.Habit(LeadingBold(item) ?? TextPatterns.StripDecoration(InlineText.Of(item))));
                return true;
            case SectionKind.Pillars:
                rhythm.Pillars.AddRange(ListBlocks.Entries(list).Select(p => LeadingBold(p) ?? InlineText.Of(p)));
                return true;
            case SectionKind.WeekdayLoop:
                foreach (var item in ListBlocks.Entries(list)) AddWeekdayTheme(item);
                return true;
            case SectionKind.Targets:
                foreach (var item in ListBlocks.Entries(list)) AddWeeklyTarget(item, phase?.Key);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A sentence anywhere may state busy hours ("Busy: Mon–Fri 09:00–17:00") or a daily time quota ("4 hours / day").</summary>
    public void ReadParagraph(ParagraphBlock paragraph)
    {
        var text = InlineText.Of(paragraph);
        if (TextPatterns.StripDecoration(text).StartsWith("busy", StringComparison.OrdinalIgnoreCase))
        {
            var days = TextPatterns.Weekdays(text);
            foreach (var (start, end) in TextPatterns.TimeRanges(text))
                rhythm.BusyWindows.Add(new BusyWindow(start, end, days.Count > 0 ? days : Enum.GetValues<DayOfWeek>()));
        }
        if (RhythmText.TimePerDayHabit(text) is { } habit) rhythm.AddHabit(habit);
    }

    /// <summary>A fenced block of a review or advice section; false for any other section's code.</summary>
    public bool ReadCode(FencedCodeBlock code, SectionKind kind)
    {
        var content = code.Lines.ToString();
        if (kind == SectionKind.Review) rhythm.ReviewQuestions.AddRange(TemplateQuestions(content));
        else if (kind == SectionKind.Advice) rhythm.Advice.AddRange(content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        else return false;
        return true;
    }

    /// <summary>A review template written as Markdown inside a fence: its section headings are the questions.</summary>
    private static IEnumerable<string> TemplateQuestions(string template)
    {
        var document = Markdown.Parse(template, RoadmapImporter.Pipeline);
        var headings = document.Descendants<HeadingBlock>().Select(h => InlineText.Of(h).TrimEnd(':').Trim())
            .Where(h => h.Length > 0 && !h.Contains('[')).ToList();
        return headings.Count > 0 ? headings : document.Descendants<ListItemBlock>().Select(li => InlineText.Of(li.FirstOrDefault() as ParagraphBlock));
    }

    private void AddWeekdayTheme(ParagraphBlock item)
    {
        var value = InlineText.SplitLabel(item, out var label);
        var days = label is null ? [] : TextPatterns.Weekdays(label);
        if (days.Count == 0) return;
        var title = LeadingBold(item, skip: 1) ?? value;
        var detail = value.Length > title.Length ? value[title.Length..].Trim(' ', '(', ')', '.') : null;
        rhythm.WeekdayThemes.Add(new WeekdayTheme(days, title, string.IsNullOrEmpty(detail) ? null : detail));
    }

    private void AddWeeklyTarget(ParagraphBlock item, string? phaseKey)
    {
        var value = InlineText.SplitLabel(item, out var label);
        if (RhythmText.WeeklyTarget(label, value, phaseKey) is { } target) rhythm.WeeklyTargets.Add(target);
    }

    /// <summary>The text of the n-th bold span at the start of a paragraph ("**4 SQL problems** (build …)").</summary>
    private static string? LeadingBold(ParagraphBlock paragraph, int skip = 0) =>
        paragraph.Inline?.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2 && e.Parent == paragraph.Inline)
            .Skip(skip).Select(e => InlineText.Of(e).TrimEnd(':')).FirstOrDefault(t => t.Length > 0);
}
