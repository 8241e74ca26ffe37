using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Scheduling;

public static partial class TimeZones
{
    public static TimeZoneInfo? Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>
    /// A zone as a member types it: its IANA name ("Europe/Berlin") or the city that ends it ("berlin", "New York",
    /// "sao_paulo"); of several zones ending in the same city the shortest name is the canonical one.
    /// </summary>
    public static TimeZoneInfo? FindTyped(string text)
    {
        if (Find(text) is { } zone)
            return zone;
        var city = CityKey(text);
        return city.Length == 0 ? null : Cities.Value.GetValueOrDefault(city) is { } id ? Find(id) : null;
    }

    /// <summary>"UTC+2", "GMT-05:00", "+5:30": an offset, which follows no daylight saving, so a city is asked for instead.</summary>
    public static bool IsOffset(string text) => Offset().IsMatch(text.Trim());

    /// <summary>A stored zone that this machine no longer knows falls back to UTC rather than failing every command.</summary>
    public static TimeZoneInfo Resolve(string id) => Find(id) ?? TimeZoneInfo.Utc;

    /// <summary>Whose clock a reminder or reply follows: the member's own zone, else the space's, else the bot's default.</summary>
    public static TimeZoneInfo Resolve(string? memberZone, string? spaceZone, string defaultZone) => Resolve(memberZone ?? spaceZone ?? defaultZone);

    private static readonly Lazy<Dictionary<string, string>> Cities = new(() => TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id)
        .Where(id => id.Contains('/') && !id.StartsWith("Etc/", StringComparison.Ordinal))
        .GroupBy(id => CityKey(id[(id.LastIndexOf('/') + 1)..]))
        .ToDictionary(g => g.Key, g => g.OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).First()));

    private static string CityKey(string text) => string.Join(' ', text.Trim().ToLowerInvariant().Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:utc|gmt)?\s*[+\-−]\s*\d{1,2}(?::?\d{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();
}
