namespace RoadmapBot.Core.Scheduling;

public static class TimeZones
{
    public static TimeZoneInfo? Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>A stored zone that this machine no longer knows falls back to UTC rather than failing every command.</summary>
    public static TimeZoneInfo Resolve(string id) => Find(id) ?? TimeZoneInfo.Utc;

    /// <summary>Whose clock a reminder or reply follows: the member's own zone, else the space's, else the bot's default.</summary>
    public static TimeZoneInfo Resolve(string? memberZone, string? spaceZone, string defaultZone) => Resolve(memberZone ?? spaceZone ?? defaultZone);
}
