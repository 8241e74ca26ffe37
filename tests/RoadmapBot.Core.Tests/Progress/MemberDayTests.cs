using System.Globalization;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Tests.Progress;

public sealed class MemberDayTests
{
    // Instants around the 2026 DST changes, with a day start of 04:00: what counts as which day.
    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29T00:59:00Z", "2026-03-28")]  // 01:59 CET, before the jump
    [InlineData("Europe/Berlin", "2026-03-29T01:30:00Z", "2026-03-28")]  // 03:30 CEST, after the jump
    [InlineData("Europe/Berlin", "2026-03-29T02:00:00Z", "2026-03-29")]  // 04:00 CEST
    [InlineData("Europe/Berlin", "2026-10-25T00:30:00Z", "2026-10-24")]  // 02:30 CEST, the first time
    [InlineData("Europe/Berlin", "2026-10-25T01:30:00Z", "2026-10-24")]  // 02:30 CET, the second time
    [InlineData("Europe/Berlin", "2026-10-25T02:59:00Z", "2026-10-24")]  // 03:59 CET
    [InlineData("Europe/Berlin", "2026-10-25T03:00:00Z", "2026-10-25")]  // 04:00 CET
    [InlineData("America/New_York", "2026-03-08T06:59:00Z", "2026-03-07")]  // 01:59 EST
    [InlineData("America/New_York", "2026-03-08T07:30:00Z", "2026-03-07")]  // 03:30 EDT
    [InlineData("America/New_York", "2026-03-08T08:00:00Z", "2026-03-08")]  // 04:00 EDT
    [InlineData("America/New_York", "2026-11-01T05:30:00Z", "2026-10-31")]  // 01:30 EDT
    [InlineData("America/New_York", "2026-11-01T06:30:00Z", "2026-10-31")]  // 01:30 EST
    [InlineData("America/New_York", "2026-11-01T08:59:00Z", "2026-10-31")]  // 03:59 EST
    [InlineData("America/New_York", "2026-11-01T09:00:00Z", "2026-11-01")]  // 04:00 EST
    public void Of_WithADayStartOf0400_CountsTheSmallHoursForTheDayBeforeAcrossDst(string zone, string instant, string expected)
    {
        var day = new MemberDay(TimeZoneInfo.FindSystemTimeZoneById(zone), new TimeOnly(4, 0));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), day.Of(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Of_AtMidnightStart_IsTheLocalDate()
    {
        var day = new MemberDay(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), TimeOnly.MinValue);

        Assert.Equal(new DateOnly(2026, 1, 15), day.Of(new DateTimeOffset(2026, 1, 14, 23, 30, 0, TimeSpan.Zero)));
    }
}
