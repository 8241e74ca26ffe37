using System.Globalization;

namespace RoadmapBot.Core.Commands;

/// <summary>A day as typed: "today", "yesterday" or an ISO date (2026-01-05).</summary>
public static class DayArgument
{
    public static DateOnly? Parse(string word, DateOnly today) => word.ToLowerInvariant() switch
    {
        "today" => today,
        "yesterday" => today.AddDays(-1),
        _ => DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
    };

    /// <summary>
    /// A day a log is for: <see cref="Parse"/>'s forms, "tomorrow" (the caller refuses days to come), or a weekday ("monday"):
    /// the latest one up to today, or with <paramref name="last"/> ("last monday") the one before when that is today.
    /// </summary>
    public static DateOnly? Logged(string word, DateOnly today, bool last = false) =>
        word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? today.AddDays(1)
        : Weekday(word) is { } weekday ? LatestWeekday(weekday, today, last)
        : last ? null : Parse(word, today);

    /// <summary>The latest <paramref name="weekday"/> up to today; with <paramref name="last"/>, a week back when today is one.</summary>
    public static DateOnly LatestWeekday(DayOfWeek weekday, DateOnly today, bool last)
    {
        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        return today.AddDays(-(back == 0 && last ? 7 : back));
    }

    // Whole names only: "sat" or "sun" may be a metric (SAT practice) as easily as a day.
    private static DayOfWeek? Weekday(string word) => word.All(char.IsAsciiLetter) && Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out var day) ? day : null;

    public static bool LooksLikeDate(string word) => word.Length == 10 && word[4] == '-' && word[7] == '-';
}
