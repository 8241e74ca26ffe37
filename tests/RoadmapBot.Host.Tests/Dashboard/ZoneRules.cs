using Ical.Net.CalendarComponents;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>
/// Reads a VTIMEZONE as a calendar app without a zone database of its own does (ical.js resolves TZID only through the
/// feed's VTIMEZONE): the offset in force at an instant is TZOFFSETTO of the latest onset at or before it. Onsets only:
/// <see cref="HasOnlyOnsets"/> says the zone has no RRULE or RDATE for this reader to miss.
/// </summary>
internal sealed class ZoneRules(VTimeZone zone)
{
    private readonly List<(DateTime OnsetUtc, TimeSpan From, TimeSpan To)> _onsets =
    [
        .. zone.TimeZoneInfos
            .Select(o => (o.Start!.Value - o.OffsetFrom!.Offset, o.OffsetFrom.Offset, o.OffsetTo!.Offset))
            .OrderBy(o => o.Item1),
    ];

    public bool HasOnlyOnsets => zone.TimeZoneInfos.All(o => o.RecurrenceRule is null && o.RecurrenceDates.GetAllDates().Count() == 0);

    public TimeSpan OffsetAt(DateTime utc)
    {
        var last = _onsets.FindLastIndex(o => o.OnsetUtc <= utc);
        return last < 0 ? _onsets[0].From : _onsets[last].To;
    }

    /// <summary>The instant a wall-clock time in this zone names (a time that exists once: not in a gap or an overlap).</summary>
    public DateTime ToUtc(DateTime local) =>
        _onsets.Select(o => o.To).Append(_onsets[0].From).Distinct()
            .Select(offset => local - offset)
            .Single(utc => local - OffsetAt(utc) == utc);
}
