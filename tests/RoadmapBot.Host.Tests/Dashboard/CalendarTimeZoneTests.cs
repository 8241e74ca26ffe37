using Ical.Net;
using Ical.Net.Serialization;
using RoadmapBot.Host.Dashboard;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>A feed's VTIMEZONE, read back as a calendar app reads it: standard and daylight observances whose offsets put a wall-clock time at the right instant.</summary>
public sealed class CalendarTimeZoneTests
{
    [Theory]
    [InlineData("America/Adak", true)]
    [InlineData("Europe/Berlin", true)]
    [InlineData("Australia/Sydney", true)]
    [InlineData("Etc/UTC", false)]
    [InlineData("Pacific/Kiritimati", false)]
    public void For_EveryZone_HasAStandardObservance_AndADaylightOneWhereTheZoneHasDst(string id, bool dst)
    {
        var zone = RoundTrip(id, 2025, 2026);

        Assert.Equal(id, zone.TzId);
        Assert.Contains(zone.TimeZoneInfos, o => o.Name == Components.Standard);
        Assert.Equal(dst, zone.TimeZoneInfos.Any(o => o.Name == Components.Daylight));
        Assert.All(zone.TimeZoneInfos, o =>
        {
            Assert.NotNull(o.OffsetFrom);
            Assert.NotNull(o.OffsetTo);
            Assert.NotNull(o.Start);
            Assert.Null(o.Start.TzId);  // an onset is local time, in TZOFFSETFROM
        });
    }

    [Theory]
    [InlineData("America/Adak", "2025-07-01T09:00", "2025-07-01T18:00")]  // HDT, UTC−9
    [InlineData("America/Adak", "2026-01-15T09:00", "2026-01-15T19:00")]  // HST, UTC−10
    [InlineData("America/Adak", "2025-11-03T09:00", "2025-11-03T19:00")]  // the day after the change (2 Nov)
    [InlineData("Europe/Berlin", "2025-07-01T09:00", "2025-07-01T07:00")]  // CEST, UTC+2
    [InlineData("Europe/Berlin", "2026-01-15T09:00", "2026-01-15T08:00")]  // CET, UTC+1
    [InlineData("Europe/Berlin", "2026-03-29T03:30", "2026-03-29T01:30")]  // just after the spring change
    [InlineData("Pacific/Kiritimati", "2025-07-01T09:00", "2025-06-30T19:00")]  // UTC+14 all year
    [InlineData("Etc/UTC", "2026-01-15T09:00", "2026-01-15T09:00")]
    public void For_ALocalTime_ResolvesThroughTheObservances_ToTheInstantTheZoneGivesIt(string id, string local, string utc)
    {
        var rules = new ZoneRules(RoundTrip(id, 2025, 2026));

        Assert.True(rules.HasOnlyOnsets);
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), rules.ToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("America/Adak")]
    [InlineData("Europe/Berlin")]
    [InlineData("America/Sao_Paulo")]  // gave up daylight saving in 2019: its years after are one standard offset
    public void For_EveryHourOfTheYearsItSpans_GivesTheOffsetTheBotUses(string id)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        var rules = new ZoneRules(RoundTrip(id, 2018, 2026));

        for (var at = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc); at.Year < 2027; at = at.AddMinutes(30))
            Assert.Equal(zone.GetUtcOffset(at), rules.OffsetAt(at));
    }

    private static Ical.Net.CalendarComponents.VTimeZone RoundTrip(string id, int firstYear, int lastYear)
    {
        var calendar = new Calendar();
        calendar.AddTimeZone(CalendarTimeZone.For(TimeZoneInfo.FindSystemTimeZoneById(id), firstYear, lastYear));
        return Assert.Single(Calendar.Load(new CalendarSerializer().SerializeToString(calendar)!)!.TimeZones);
    }
}
