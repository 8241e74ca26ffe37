using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Dashboard;

/// <summary>
/// The member's calendar as iCalendar (RFC 5545): agenda slots at their times in the member's zone (with its VTIMEZONE, so
/// a DST change is the calendar app's to apply, with the zone's rules written out for the years it spans), due items as all-day events; done items are marked, not left out.
/// </summary>
public static class CalendarFeed
{
    /// <param name="uidDomain">The UIDs' domain: this install's host (<see cref="CalendarUid.DomainOf"/>).</param>
    public static string Write(DashboardSnapshot snapshot, DateTimeOffset now, string uidDomain)
    {
        var zone = snapshot.Zone.Id;
        var calendar = new Ical.Net.Calendar { ProductId = "-//RoadmapBot//Dashboard//EN" };
        calendar.AddProperty("X-WR-CALNAME", snapshot.View?.Title ?? "Roadmap");
        calendar.AddProperty("X-WR-TIMEZONE", zone);
        var entries = CalendarEntry.For(snapshot);
        var years = entries.Select(e => e.Day.Year).DefaultIfEmpty(snapshot.Today.Year).ToList();
        calendar.AddTimeZone(CalendarTimeZone.For(snapshot.Zone, years.Min(), years.Max()));
        foreach (var entry in entries)
        {
            var day = entry.Day;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = CalendarUid.Of(snapshot.Member.Id, entry.CalendarId, uidDomain),
                DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
                Summary = (entry.Status == ItemStatus.Done ? "✓ " : entry.Status == ItemStatus.Skipped ? "(skipped) " : "") + $"{entry.Key} {entry.Title}",
                Description = entry.Description,
                Start = entry.Start is { } start ? new CalDateTime(day.Year, day.Month, day.Day, start.Hour, start.Minute, 0, zone) : new CalDateTime(day.Year, day.Month, day.Day),
                End = entry.End is { } end ? new CalDateTime(day.Year, day.Month, day.Day, end.Hour, end.Minute, 0, zone) : new CalDateTime(day.AddDays(1).Year, day.AddDays(1).Month, day.AddDays(1).Day),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
