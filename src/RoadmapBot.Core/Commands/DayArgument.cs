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

    public static bool LooksLikeDate(string word) => word.Length == 10 && word[4] == '-' && word[7] == '-';
}
