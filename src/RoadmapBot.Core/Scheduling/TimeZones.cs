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
    public static TimeZoneInfo? FindTyped(string text) => Find(text) ?? Cities.Value.GetValueOrDefault(CityKey(text));

    /// <summary>"UTC+2", "GMT-05:00", "+5:30": an offset, which follows no daylight saving, so a city is asked for instead.</summary>
    public static bool IsOffset(string text) => Offset().IsMatch(text.Trim());

    /// <summary>A stored zone that this machine no longer knows falls back to UTC rather than failing every command.</summary>
    public static TimeZoneInfo Resolve(string id) => Find(id) ?? TimeZoneInfo.Utc;

    /// <summary>Whose clock a reminder or reply follows: the member's own zone, else the space's, else the bot's default.</summary>
    public static TimeZoneInfo Resolve(string? memberZone, string? spaceZone, string defaultZone) => Resolve(memberZone ?? spaceZone ?? defaultZone);

    // Read once, on the first name that is not an IANA id.
    private static readonly Lazy<Dictionary<string, TimeZoneInfo>> Cities = new(() => TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.Id.Contains('/') && !z.Id.StartsWith("Etc/", StringComparison.Ordinal))
        .GroupBy(z => CityKey(z.Id[(z.Id.LastIndexOf('/') + 1)..]))
        .ToDictionary(g => g.Key, g => g.OrderBy(z => z.Id.Length).ThenBy(z => z.Id, StringComparer.Ordinal).First()));

    private static string CityKey(string text) => string.Join(' ', text.Trim().ToLowerInvariant().Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:utc|gmt)?\s*[+\-−]\s*\d{1,2}(?::?\d{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();
}
