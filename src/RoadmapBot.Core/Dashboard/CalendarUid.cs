namespace RoadmapBot.Core.Dashboard;

/// <summary>
/// An event's UID in a member's feed (RFC 5545 §3.8.4.7): the member, the item's calendar identity, and this install's host
/// (RoadmapBot:Http:PublicUrl; "roadmapbot" without one), so two installs do not name their events alike. An identity kept
/// from before items had their own ("key@roadmapbot") already has its domain and keeps it, so its subscriptions see no change.
/// </summary>
public static class CalendarUid
{
    public const string DefaultDomain = "roadmapbot";

    public static string Of(long memberId, string calendarId, string domain) =>
        calendarId.Contains('@') ? $"{memberId}-{calendarId}" : $"{memberId}-{calendarId}@{domain}";

    public static string DomainOf(string? publicUrl) =>
        Uri.TryCreate(publicUrl?.Trim(), UriKind.Absolute, out var uri) && uri.IdnHost.Length > 0 ? uri.IdnHost : DefaultDomain;
}
