using System.Globalization;
using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Import;

/// <summary>The span of dates a heading names: a range of days, or of months ("(Dec 2025 – Feb 2026)").</summary>
internal static partial class DateSpans
{
    /// <summary>
    /// Days named ("Week 1 · Sep 29–Oct 05, 2025") say more than months; months run whole. A range of days without a year
    /// ("(Mar 2 - Mar 8)") takes the one <paramref name="yearOf"/> gives for it, when it gives one.
    /// </summary>
    public static (DateOnly Start, DateOnly? End)? Of(string heading, Func<string, int?>? yearOf = null) =>
        DayRange(heading, yearOf) is { } days ? (days.Start, days.End) : MonthSpan(heading);

    /// <summary>A month span written in parentheses, "(Dec 2025 – Feb 2026)", "(Mar – Jun 2026)", "(2025–2026)", "(2028+)"; not one bare year.</summary>
    internal static (DateOnly Start, DateOnly? End)? MonthSpan(string text)
    {
        if (!Digits.AnyYear(text)) return null;
        var body = ParenthesizedYears().Match(text);
        if (!body.Success) return null;
        // Each part a month, a year or both; a word that is no month ("(Spring 2025 – Fall 2026)") leaves its year alone.
        var parts = new List<MonthYearPart>();
        foreach (Match m in MonthYear().Matches(body.Groups["body"].Value))
        {
            int? month = m.Groups["month"].Success && MonthNames.Of(m.Groups["month"].Value) is var named and > 0 ? named : null;
            int? year = m.Groups["year"].Success ? Digits.Int(m.Groups["year"].Value) : null;
            if (month is not null || year is not null) parts.Add(new MonthYearPart(month, year, m.Groups["plus"].Success));
        }
        if (parts.Count == 0) return null;
        var first = parts[0];
        var last = parts[^1];
        // "(2023)" after a book's name, "(2025 revision)": one bare year dates an edition, not a span of work.
        if (parts.Count == 1 && first.Month is null && !first.Plus) return null;
        var startYear = first.Year ?? last.Year;
        if (startYear is null) return null;
        var start = new DateOnly(startYear.Value, first.Month ?? 1, 1);
        if (first.Plus) return (start, null);
        var endYear = last.Year ?? startYear.Value;
        var endMonth = last.Month ?? (parts.Count == 1 && first.Month is { } only ? only : 12);
        var end = new DateOnly(endYear, endMonth, DateTime.DaysInMonth(endYear, endMonth));
        return end < start ? (start, null) : (start, end);
    }

    // A class, not a tuple: a list of tuples is compiled at run time on every one-shot import (issue 20).
    private sealed record MonthYearPart(int? Month, int? Year, bool Plus);

    /// <summary>
    /// A range of days: "Sep 29–Oct 05, 2025", "July 7-13, 2025", "29 Sep – 5 Oct 2025", "2020-05-25 to 2020-05-31"; the first
    /// day takes the year (and month) written after the second, and a range with no year the one <paramref name="yearOf"/>
    /// gives. Null when there is none or it ends before it starts.
    /// </summary>
    internal static (DateOnly Start, DateOnly End)? DayRange(string text, Func<string, int?>? yearOf = null)
    {
        if (!TextPatterns.MayHoldDate(text) && (yearOf is null || !MonthNames.AnyIn(text))) return null;
        for (var m = DayRangePattern().Match(text); m.Success; m = DayRangePattern().Match(text, m.Index + 1))
        {
            if (m.Groups["iso1"].Success)
                return Range(ParseIso(m.Groups["iso1"].Value), ParseIso(m.Groups["iso2"].Value));
            // "July 7-13, 2025" names one month; "7 - 13 July 2025" the other: each day without one takes the month named.
            int? named1 = m.Groups["m1"].Success ? MonthNames.Of(m.Groups["m1"].Value) : null, named2 = m.Groups["m2"].Success ? MonthNames.Of(m.Groups["m2"].Value) : null;
            if (named1 is 0 || named2 is 0) continue;  // a word that is no month
            if ((m.Groups["y2"].Success ? Digits.Int(m.Groups["y2"].Value) : yearOf?.Invoke(m.Value)) is not { } year) continue;
            var month2 = named2 ?? named1!.Value;
            var month1 = named1 ?? month2;
            var year1 = m.Groups["y1"].Success ? Digits.Int(m.Groups["y1"].Value) : month1 > month2 ? year - 1 : year;
            return Range(Day(year1, month1, Digits.Int(m.Groups["d1"].Value)), Day(year, month2, Digits.Int(m.Groups["d2"].Value)));
        }
        return null;

        static DateOnly? ParseIso(string iso) => DateOnly.TryParseExact(Digits.Ascii(iso), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        static DateOnly? Day(int year, int month, int day) => day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        static (DateOnly, DateOnly)? Range(DateOnly? start, DateOnly? end) => start is { } a && end is { } b && a <= b ? (a, b) : null;
    }

    [GeneratedRegex(@"\b(?:(?<m1>" + MonthNames.Word + @")\.?\s+(?<d1>\d{1,2})(?:,?\s+(?<y1>\d{4}))?\s*(?:-|–|—|to)\s*(?:(?<m2>" + MonthNames.Word + @")\.?\s+)?(?<d2>\d{1,2})(?:,?\s+(?<y2>\d{4}))?(?!\d)"
        + @"|(?<d1>\d{1,2})\s*(?:(?<m1>" + MonthNames.Word + @")\.?\s+)?(?:-|–|—|to)\s*(?<d2>\d{1,2})\s+(?<m2>" + MonthNames.Word + @")\.?(?:,?\s+(?<y2>\d{4}))?"
        + @"|(?<iso1>\d{4}-\d{2}-\d{2})\s*(?:-|–|—|to)\s*(?<iso2>\d{4}-\d{2}-\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayRangePattern();

    public static string RemoveParenthesizedYears(string text) => ParenthesizedYears().Replace(text, "").Trim();

    [GeneratedRegex(@"\((?<body>[^()]*\d{4}[^()]*)\)")]
    private static partial Regex ParenthesizedYears();

    [GeneratedRegex(@"\b(?<month>" + MonthNames.Word + @")\.?\s*(?<year>\d{4})?|(?<year>\d{4})(?<plus>\+)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();
}
