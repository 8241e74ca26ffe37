using System.Text.RegularExpressions;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>A phase while the document is still being read.</summary>
internal sealed partial class PhaseDraft(int number, string title, int line)
{
    public int Number { get; set; } = number;

    /// <summary>The heading gave no number ("Phase 3"): the number is the phase's position, renumbered when copies are dropped.</summary>
    public bool NumberedByPosition { get; init; }
    public string Key => $"ph{Number}";
    public string Title { get; } = title;
    public int Line { get; } = line;
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public int? FirstWeek { get; init; }
    public int? LastWeek { get; init; }
    public int? DurationDays { get; set; }

    /// <summary>The range of days, weeks or months its heading gives ("(3-6 Months)"), which may be a span of a timeline (<see cref="TimelineSpans"/>).</summary>
    public AmountRange? Range { get; init; }

    /// <summary>The heading opens with a done mark ("## ✅ Probability"), as /export writes it on a heading that is a task.</summary>
    public bool MarkedDone { get; init; }
    public List<ItemDraft> Items { get; } = [];
    public List<string> ExitCriteria { get; } = [];

    public Phase ToPhase(IReadOnlyList<Item> items) => new()
    {
        Key = Key,
        Title = Title,
        Start = Start,
        End = End,
        FirstWeek = FirstWeek,
        LastWeek = LastWeek,
        DurationDays = DurationDays,
        Line = Line,
        Items = items,
        ExitCriteria = ExitCriteria,
    };

    /// <summary>Reads "PHASE 1: Foundation Mastery (Dec 2025 – Feb 2026)" or "Phase 2 (Weeks 5-10): dbt Core".</summary>
    public static PhaseDraft FromHeading(string heading, int fallbackNumber, int line, Func<string, int?>? yearOf = null)
    {
        var text = TextPatterns.StripDecoration(heading);
        var match = TextPatterns.PhaseNumber().Match(text);
        var numbered = match.Success;
        var number = numbered ? Digits.Int(match.Groups[1].Value) : fallbackNumber;
        var yearGiven = false;
        int? YearGiven(string written)
        {
            var year = yearOf!(written);
            yearGiven |= year is not null;
            return year;
        }
        var dates = DateSpans.Of(text, yearOf is null ? null : YearGiven);
        var weeks = TextPatterns.WeekSpan(text);
        var title = CleanTitle(text);
        // A week heading that is only its number ("Week 4", "Semana 1:") keeps its words; "Phase 4" is for any other left empty.
        var named = title.Length > 0 ? title
            : TextPatterns.WeekHeading().Match(text) is { Success: true } week ? TextPatterns.StripDecoration(week.Value) : $"Phase {number}";
        return new PhaseDraft(number, named, line)
        {
            Start = dates?.Start,
            End = dates?.End,
            FirstWeek = weeks?.First,
            LastWeek = weeks?.Last,
            DurationDays = Durations.Days(text) ?? Durations.OfNumberedMonth(text),
            Range = Durations.RangeOf(text),
            NumberedByPosition = !numbered,
            MarkedDone = StatusMarks.LeadsWithDone(heading.AsSpan().TrimStart()),
            YearGiven = yearGiven && dates is not null,
        };
    }

    /// <summary>Its days were written without a year and took the document's (<see cref="RunForward"/> may move them on).</summary>
    public bool YearGiven { get; private init; }

    /// <summary>
    /// A schedule runs forward: days written without a year that would fall well before the phase above ("Jan 5 - Jan 11" after
    /// "Dec 15 - Dec 21" in a fall term) are in the next year.
    /// </summary>
    public void RunForward(PhaseDraft? above)
    {
        if (!YearGiven || Start is not { } start || above?.Start is not { } before || start.AddMonths(2) >= before) return;
        (Start, End) = (start.AddYears(1), End?.AddYears(1));
    }

    private static string CleanTitle(string text)
    {
        var title = DateSpans.RemoveParenthesizedYears(text);
        // "(Mar 2 - Mar 8)": a range of days in brackets is the phase's dates, read apart, whether or not it names a year.
        title = Parenthesized().Replace(title, m => DateSpans.DayRange(m.Groups[1].Value, _ => 2000) is null ? m.Value : "");
        title = WeekSpanInParentheses().Replace(title, "");
        title = LeadingPhaseOrWeek().Replace(title, "");
        // "WEEK 2（2020.5.25-2020.5.31）：STL": numbers in brackets before the name are its dates, read apart.
        title = LeadingNumbersInBrackets().Replace(title, "");
        title = TextPatterns.StripDecoration(title.Trim()).Trim(' ', '*');
        // "第 1 周（Flask + 错误处理）", "Week 2 (Loops)": what is left is the name in its brackets.
        return title is ['(' or '（', .. var inner, ')' or '）'] && !inner.AsSpan().ContainsAny('(', '（') ? inner.Trim() : title;
    }

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"\((?:weeks?|days?)\s*[^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekSpanInParentheses();

    [GeneratedRegex(@"^\W*(?:phase\s*\d+|" + TextPatterns.WeekWord + @"\s*\d+(?:\s*[-–~]\s*\d+)?|第\s*\d+\s*周)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPhaseOrWeek();

    [GeneratedRegex(@"^[(（][\d\s.\-–~/]*[)）]\s*[:：\-–—]?\s*(?=\S)")]
    private static partial Regex LeadingNumbersInBrackets();
}
