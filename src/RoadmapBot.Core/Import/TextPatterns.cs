using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Import;

/// <summary>Reads the small facts written inside text: dates, times, weekdays, numbers, week spans (spans of days and months: <see cref="DateSpans"/>).</summary>
internal static partial class TextPatterns
{
    [GeneratedRegex(@"\bphase\s*(\d+)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PhaseNumber();

    /// <summary>The plan vocabulary's word for one week, in a regular expression; "第 N 周" is matched on its own.</summary>
    internal const string WeekWord = "(?:week|semana|woche|semaine|недел[яиь])";

    // "Week 3", "Week 7b", "Semana 2", "Woche 4", "Semaine 1", "Неделя 5", "第 3 周": group 1 is the number.
    [GeneratedRegex(@"^\W*(?:" + WeekWord + @"\s*(?<1>\d+)[a-z]?\b|第\s*(?<1>\d+)\s*周)", RegexOptions.IgnoreCase)]
    public static partial Regex WeekHeading();

    // "Weeks 5-10", "Week 21+", "Semana 1", "Wochen 3–4", "Неделя 2", "第 3 周": the week words of WeekHeading, anywhere in the text.
    [GeneratedRegex(@"(?:\b(?:" + WeekWord + @"|weeks|semanas|wochen|semaines)\s*(?<first>\d+)|第\s*(?<first>\d+)\s*周)\s*(?:(?:-|–|—|~|to)\s*(?<last>\d+)|(?<plus>\+))?", RegexOptions.IgnoreCase)]
    private static partial Regex WeekSpanPattern();

    // "5 Sep 2024", "5. März 2024", "5 de septiembre de 2024", "Sep 5, 2024", "2024-09-05".
    [GeneratedRegex(@"\b(\d{1,2})\.?\s+(?:de\s+)?(" + MonthNames.Word + @")\.?,?\s+(?:de\s+)?(\d{4})\b|\b(" + MonthNames.Word + @")\.?\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b([01]?\d|2[0-3])[:.]([0-5]\d)\s*(?:-|–|—|to)\s*([01]?\d|2[0-3])[:.]([0-5]\d)\b")]
    private static partial Regex TimeRangePattern();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bweekends?\b|\bweekdays?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayWord();

    [GeneratedRegex(@"^[\s\p{So}\p{Sk}\p{Cs}\uFE0F\u200D\u20E3*#~>|:.\-–—•·]+")]
    private static partial Regex LeadingDecoration();

    public static (int First, int? Last, bool OpenEnded)? WeekSpan(string text)
    {
        if (!Digits.Any(text)) return null;
        var m = WeekSpanPattern().Match(text);
        if (!m.Success) return null;
        var first = Digits.Int(m.Groups["first"].Value);
        int? last = m.Groups["last"].Success ? Digits.Int(m.Groups["last"].Value) : null;
        return (first, last ?? (m.Groups["plus"].Success ? null : first), m.Groups["plus"].Success);
    }

    public static DateOnly? FindDate(string text) => FindDateMatch(text)?.Date;

    /// <summary>
    /// Whether a full date may be in the text: every pattern of one needs a year's four digits, and a month's name or the
    /// dashes of "2024-09-05"; most lines ("Task 1234: …") are not scanned.
    /// </summary>
    internal static bool MayHoldDate(string text) => Digits.AnyYear(text) && (text.Contains('-') || MonthNames.AnyIn(text));

    public static (DateOnly Date, int Index, int Length)? FindDateMatch(string text)
    {
        if (!MayHoldDate(text)) return null;
        // A word that is no month ("Top 10 things 2024") is no date; a date may start inside it.
        for (var m = DatePattern().Match(text); m.Success; m = DatePattern().Match(text, m.Index + 1))
        {
            var (day, month, year) = m.Groups[1].Success ? (m.Groups[1].Value, MonthNames.Of(m.Groups[2].Value), m.Groups[3].Value)
                : m.Groups[4].Success ? (m.Groups[5].Value, MonthNames.Of(m.Groups[4].Value), m.Groups[6].Value)
                : (m.Groups[9].Value, Digits.Int(m.Groups[8].Value), m.Groups[7].Value);
            var y = Digits.Int(year);
            var d = Digits.Int(day);
            if (month is >= 1 and <= 12 && y is >= 1900 and <= 2200 && d >= 1 && d <= DateTime.DaysInMonth(y, month))
                return (new DateOnly(y, month, d), m.Index, m.Length);
        }
        return null;
    }

    public static (TimeOnly Start, TimeOnly End, int Index, int Length)? FindTimeRange(string text)
    {
        if (!Digits.Any(text)) return null;
        var m = TimeRangePattern().Match(text);
        if (!m.Success) return null;
        TimeOnly At(int g) => new(Digits.Int(m.Groups[g].Value), Digits.Int(m.Groups[g + 1].Value));
        return (At(1), At(3), m.Index, m.Length);
    }

    public static IEnumerable<(TimeOnly Start, TimeOnly End)> TimeRanges(string text) =>
        TimeRangePattern().Matches(text).Select(m => (
            new TimeOnly(Digits.Int(m.Groups[1].Value), Digits.Int(m.Groups[2].Value)),
            new TimeOnly(Digits.Int(m.Groups[3].Value), Digits.Int(m.Groups[4].Value))));

    /// <summary>The first number written in the text ("40", "2.5", "2,5").</summary>
    public static double? Number(string text)
    {
        if (!Digits.Any(text)) return null;
        // The first match's span, without a Match object and its groups: asked of every "Hours:" line.
        foreach (var m in FirstNumber().EnumerateMatches(text)) return Digits.Real(text.AsSpan(m.Index, m.Length));
        return null;
    }

    /// <summary>Weekdays named in text: "Monday-Wednesday", "Mon–Fri", "Thursday", "Weekend".</summary>
    public static IReadOnlyList<DayOfWeek> Weekdays(string text)
    {
        var words = WeekdayWord().Matches(text).ToList();
        if (words.Count == 0) return [];
        var days = new List<DayOfWeek>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value.ToLowerInvariant();
            if (word.StartsWith("weekend", StringComparison.Ordinal)) { days.AddRange([DayOfWeek.Saturday, DayOfWeek.Sunday]); continue; }
            if (word.StartsWith("weekday", StringComparison.Ordinal)) { days.AddRange(Range(DayOfWeek.Monday, DayOfWeek.Friday)); continue; }
            var day = DayOf(word);
            var between = i + 1 < words.Count ? text[(words[i].Index + words[i].Length)..words[i + 1].Index] : "";
            if (between.Trim() is "-" or "–" or "—" or "to")
            {
                days.AddRange(Range(day, DayOf(words[i + 1].Value.ToLowerInvariant())));
                i++;
            }
            else days.Add(day);
        }
        return days.Distinct().ToList();
    }

    public static DayOfWeek? Weekday(string text) => Weekdays(text) is [var only, ..] ? only : null;

    /// <summary>Drops leading emoji, bullets and separators that decorate headings ("🎯 ", "✅ ", "• ").</summary>
    public static string StripDecoration(string text) =>
        // A letter or digit is never decoration, and most titles start with one: no regex run for them.
        (text.Length > 0 && char.IsLetterOrDigit(text[0]) ? text : LeadingDecoration().Replace(text, "")).Trim();

    /// <summary>
    /// Lower-cases A–Z only, for matching English words: ICU's full casing of a line with emoji costs more than parsing it.
    /// </summary>
    public static string AsciiLower(string text) =>
        text.AsSpan().ContainsAnyInRange('A', 'Z') ? string.Create(text.Length, text, static (span, t) => AsciiLower(t, span)) : text;

    /// <inheritdoc cref="AsciiLower(string)"/>
    /// <remarks>Into a buffer of the same length, so a caller can lower on the stack.</remarks>
    public static void AsciiLower(ReadOnlySpan<char> text, Span<char> into)
    {
        for (var i = 0; i < text.Length; i++)
            into[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] | 0x20) : text[i];
    }


    private static DayOfWeek DayOf(string word) => word[..3] switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static IEnumerable<DayOfWeek> Range(DayOfWeek from, DayOfWeek to)
    {
        for (var d = from; ; d = (DayOfWeek)(((int)d + 1) % 7))
        {
            yield return d;
            if (d == to) yield break;
        }
    }
}
