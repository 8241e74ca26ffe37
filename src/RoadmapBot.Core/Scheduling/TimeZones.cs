using System.Globalization;
using System.Text;
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
    public static TimeZoneInfo? FindTyped(string text) =>
        Find(text) ?? Cities.Value.GetValueOrDefault(CityKey(text)) ?? (OtherNames.TryGetValue(CityKey(text), out var id) ? Find(id) : null);

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

    // "São Paulo", "sao_paulo" and "Sao  Paulo" are one key: accents, case, underscores and extra spaces do not count.
    private static string CityKey(string text)
    {
        var plain = new string(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        return string.Join(' ', plain.Trim().ToLowerInvariant().Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // Names people type that no zone ends in: former names of a zone's city, and large cities inside another city's zone.
    private static readonly Dictionary<string, string> OtherNames = new()
    {
        ["kiev"] = "Europe/Kyiv", ["montreal"] = "America/Toronto", ["calcutta"] = "Asia/Kolkata", ["saigon"] = "Asia/Ho_Chi_Minh",
        ["mumbai"] = "Asia/Kolkata", ["bombay"] = "Asia/Kolkata", ["delhi"] = "Asia/Kolkata", ["new delhi"] = "Asia/Kolkata",
        ["bangalore"] = "Asia/Kolkata", ["bengaluru"] = "Asia/Kolkata", ["hyderabad"] = "Asia/Kolkata", ["chennai"] = "Asia/Kolkata",
        ["beijing"] = "Asia/Shanghai", ["shenzhen"] = "Asia/Shanghai", ["osaka"] = "Asia/Tokyo", ["hanoi"] = "Asia/Bangkok",
        ["san francisco"] = "America/Los_Angeles", ["seattle"] = "America/Los_Angeles", ["san diego"] = "America/Los_Angeles",
        ["washington"] = "America/New_York", ["boston"] = "America/New_York", ["miami"] = "America/New_York", ["atlanta"] = "America/New_York",
        ["dallas"] = "America/Chicago", ["houston"] = "America/Chicago", ["austin"] = "America/Chicago", ["ottawa"] = "America/Toronto",
        ["munich"] = "Europe/Berlin", ["frankfurt"] = "Europe/Berlin", ["hamburg"] = "Europe/Berlin", ["barcelona"] = "Europe/Madrid",
        ["milan"] = "Europe/Rome", ["manchester"] = "Europe/London", ["edinburgh"] = "Europe/London", ["geneva"] = "Europe/Zurich",
        ["st petersburg"] = "Europe/Moscow", ["cape town"] = "Africa/Johannesburg", ["abu dhabi"] = "Asia/Dubai",
        ["lahore"] = "Asia/Karachi", ["islamabad"] = "Asia/Karachi", ["rio de janeiro"] = "America/Sao_Paulo", ["rio"] = "America/Sao_Paulo",
    };

    [GeneratedRegex(@"^(?:utc|gmt)?\s*[+\-−]\s*\d{1,2}(?::?\d{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();
}
