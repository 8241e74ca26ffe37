using System.Globalization;
using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Commands.Plain;

/// <summary>Days said in passing: "yesterday", "2 days ago", "on monday", "last friday", "jan 10", "2026-01-13".</summary>
public static partial class PlainDays
{
    /// <summary>The day a clause names (removed from it), or null; <paramref name="future"/> when it names a day to come.</summary>
    public static DateOnly? Take(ref string clause, DateOnly today, out bool future)
    {
        future = Future().IsMatch(clause);
        DateOnly? day = null;
        foreach (var (pattern, read) in Readers)
        {
            var match = pattern.Match(clause);
            if (!match.Success || read(match, today) is not { } found)
                continue;
            day ??= found;
            clause = pattern.Replace(clause, " ", 1);
        }
        return day;
    }

    /// <summary>Whether the text names a span longer than a day ("last week", "this month", "so far"), which no one day's log can hold.</summary>
    public static bool NamesPeriod(string text) => Period().IsMatch(text);

    private static readonly (Regex Pattern, Func<Match, DateOnly, DateOnly?> Read)[] Readers =
    [
        (Iso(), (m, _) => DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null),
        (DayBeforeYesterday(), (_, today) => today.AddDays(-2)),
        (DaysAgo(), (m, today) => int.TryParse(PlainWords.Numbers.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value), out var n) && n <= 400 ? today.AddDays(-n) : null),
        (Yesterday(), (_, today) => today.AddDays(-1)),
        (Today(), (_, today) => today),
        (Weekday(), (m, today) => DayArgument.LatestWeekday(Enum.Parse<DayOfWeek>(m.Groups[2].Value, ignoreCase: true), today, m.Groups[1].Success)),
        (DayMonth(), (m, today) => InYear(m.Groups[2].Value, m.Groups[1].Value, today)),
        (MonthDay(), (m, today) => InYear(m.Groups[1].Value, m.Groups[2].Value, today)),
    ];

    // A date without a year is the latest one not after today.
    private static DateOnly? InYear(string month, string day, DateOnly today)
    {
        var m = Array.FindIndex(Months, name => month.StartsWith(name, StringComparison.Ordinal)) + 1;
        if (m == 0 || !int.TryParse(day, out var d) || d < 1 || d > 31)
            return null;
        for (var year = today.Year; year >= today.Year - 1; year--)
            if (d <= DateTime.DaysInMonth(year, m) && new DateOnly(year, m, d) is var date && date <= today)
                return date;
        return null;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:the\s+)?day\s+before\s+yesterday\b")]
    private static partial Regex DayBeforeYesterday();

    [GeneratedRegex(@"\b(\d+|two|three|four|five|six)\s+days?\s+ago\b")]
    private static partial Regex DaysAgo();

    [GeneratedRegex(@"\b(?:yesterday|yday|yest|last\s+night)\b")]
    private static partial Regex Yesterday();

    [GeneratedRegex(@"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|just\s+now|earlier)\b")]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?:on\s+)?(last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:on\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(\d{1,2})(?:st|nd|rd|th)?\b")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?:last|this|past|previous|all)\s+(?:week|weekend|month|year)|over\s+the\s+weekend|so\s+far|in\s+total|altogether)\b")]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(?:tomorrow|tmrw|next\s+week|tonight\s+i\s+will)\b")]
    private static partial Regex Future();
}
