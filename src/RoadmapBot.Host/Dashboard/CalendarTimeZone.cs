using Ical.Net.CalendarComponents;
using Ical.Net;
using Ical.Net.DataTypes;

namespace RoadmapBot.Host.Dashboard;

/// <summary>
/// A zone's VTIMEZONE (RFC 5545 §3.6.5) for the calendar years a feed spans, written from the rules the bot itself uses
/// (<see cref="TimeZoneInfo"/>): the offset in force on 1 January of the first year, then one STANDARD or DAYLIGHT per
/// change of offset, each with its own onset. A reader needs no zone database of its own, and a zone without daylight
/// saving is one STANDARD.
/// </summary>
public static class CalendarTimeZone
{
    // Offsets change at most a few times a year and never twice within this step, so stepping finds every change.
    private static readonly TimeSpan Step = TimeSpan.FromHours(6);

    public static VTimeZone For(TimeZoneInfo zone, int firstYear, int lastYear)
    {
        var timeZone = new VTimeZone(zone.Id);
        var start = new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var from = new DateTimeOffset(start, zone.GetUtcOffset(start)).UtcDateTime;
        var until = new DateTimeOffset(new DateTime(lastYear + 1, 1, 1), TimeSpan.Zero).UtcDateTime.AddDays(1);
        var offset = Offset(zone, from);
        timeZone.AddChild(Observance(zone, from, offset, offset));
        for (var at = from; at < until; at += Step)
        {
            var next = at + Step;
            if (Offset(zone, next) == offset)
                continue;
            var change = FirstWithNewOffset(zone, at, next, offset);
            var newOffset = Offset(zone, change);
            timeZone.AddChild(Observance(zone, change, offset, newOffset));
            offset = newOffset;
            at = change - Step;  // the loop's next step starts at the change: a second change within the step is still seen
        }
        return timeZone;
    }

    private static TimeSpan Offset(TimeZoneInfo zone, DateTime utc) => zone.GetUtcOffset(utc);

    // The first second (UTC) of the new offset: offsets have changed on whole seconds only.
    private static DateTime FirstWithNewOffset(TimeZoneInfo zone, DateTime before, DateTime after, TimeSpan oldOffset)
    {
        while (after - before > TimeSpan.FromSeconds(1))
        {
            var middle = before + TimeSpan.FromSeconds(Math.Floor((after - before).TotalSeconds / 2));
            if (Offset(zone, middle) == oldOffset)
                before = middle;
            else
                after = middle;
        }
        return after;
    }

    // DTSTART is the onset in local time as it read before the change (TZOFFSETFROM), per RFC 5545.
    private static VTimeZoneInfo Observance(TimeZoneInfo zone, DateTime onsetUtc, TimeSpan offsetFrom, TimeSpan offsetTo)
    {
        var local = onsetUtc + offsetFrom;
        return new VTimeZoneInfo
        {
            Name = zone.IsDaylightSavingTime(onsetUtc) ? Components.Daylight : Components.Standard,
            OffsetFrom = new UtcOffset(offsetFrom),
            OffsetTo = new UtcOffset(offsetTo),
            Start = new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second),
        };
    }
}
