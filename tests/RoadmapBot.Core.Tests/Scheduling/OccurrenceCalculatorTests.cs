using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Scheduling;

public sealed class OccurrenceCalculatorTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
    private static readonly TimeZoneInfo Sydney = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    private static List<DateTimeOffset> Fires(WeeklyTime schedule, TimeZoneInfo zone, DateTimeOffset after, DateTimeOffset until) =>
        OccurrenceCalculator.Between(schedule, zone, after, until).Select(o => o.Instant.ToUniversalTime()).ToList();

    [Fact]
    public void Daily0800Berlin_KeepsLocalTimeAcrossSpringForward()
    {
        var fires = Fires(WeeklyTime.Daily(new TimeOnly(8, 0)), Berlin, Utc(2026, 3, 27, 12), Utc(2026, 3, 31, 12));

        Assert.Equal([Utc(2026, 3, 28, 7), Utc(2026, 3, 29, 6), Utc(2026, 3, 30, 6), Utc(2026, 3, 31, 6)], fires);
    }

    [Fact]
    public void Daily0800Berlin_KeepsLocalTimeAcrossFallBack()
    {
        var fires = Fires(WeeklyTime.Daily(new TimeOnly(8, 0)), Berlin, Utc(2026, 10, 24, 12), Utc(2026, 10, 26, 12));

        Assert.Equal([Utc(2026, 10, 25, 7), Utc(2026, 10, 26, 7)], fires);
    }

    [Fact]
    public void NonexistentLocalTime_FiresOnceAtTheFirstValidInstantAfter()
    {
        var fires = OccurrenceCalculator.Between(WeeklyTime.Daily(new TimeOnly(2, 30)), Berlin, Utc(2026, 3, 28, 12), Utc(2026, 3, 29, 12)).ToList();

        var only = Assert.Single(fires);
        Assert.Equal(Utc(2026, 3, 29, 1), only.Instant.ToUniversalTime());
        Assert.Equal(new TimeOnly(3, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(only.Instant, Berlin).DateTime));
        Assert.Equal("2026-03-29T02:30", only.LocalKey);
    }

    [Fact]
    public void AmbiguousLocalTime_FiresOnceAtTheFirstInstant()
    {
        var fires = Fires(WeeklyTime.Daily(new TimeOnly(2, 30)), Berlin, Utc(2026, 10, 24, 12), Utc(2026, 10, 25, 12));

        Assert.Equal([Utc(2026, 10, 25, 0, 30)], fires);
    }

    [Fact]
    public void NewYork_KeepsLocalTimeAcrossBothChanges()
    {
        var spring = Fires(WeeklyTime.Daily(new TimeOnly(8, 0)), NewYork, Utc(2026, 3, 7, 0), Utc(2026, 3, 9, 0));
        var fall = Fires(WeeklyTime.Daily(new TimeOnly(8, 0)), NewYork, Utc(2026, 10, 31, 0), Utc(2026, 11, 2, 0));

        Assert.Equal([Utc(2026, 3, 7, 13), Utc(2026, 3, 8, 12)], spring);
        Assert.Equal([Utc(2026, 10, 31, 12), Utc(2026, 11, 1, 13)], fall);
    }

    [Fact]
    public void Kolkata_HalfHourOffsetWithoutDst()
    {
        var fires = Fires(WeeklyTime.Daily(new TimeOnly(20, 0)), Kolkata, Utc(2026, 6, 1, 0), Utc(2026, 6, 2, 0));

        Assert.Equal([Utc(2026, 6, 1, 14, 30)], fires);
    }

    [Fact]
    public void Sydney_SouthernHemisphereChanges()
    {
        var autumn = Fires(WeeklyTime.Daily(new TimeOnly(8, 0)), Sydney, Utc(2026, 4, 3, 12), Utc(2026, 4, 5, 12));
        var gap = OccurrenceCalculator.Between(WeeklyTime.Daily(new TimeOnly(2, 30)), Sydney, Utc(2026, 10, 3, 0), Utc(2026, 10, 4, 0)).Single();

        Assert.Equal([Utc(2026, 4, 3, 21), Utc(2026, 4, 4, 22)], autumn);
        Assert.Equal(new TimeOnly(3, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(gap.Instant, Sydney).DateTime));
    }

    [Fact]
    public void WeeklySchedule_FiresOnlyOnItsDays()
    {
        var sunday1800 = WeeklyTime.On(DayOfWeek.Sunday, new TimeOnly(18, 0));

        var fires = Fires(sunday1800, Berlin, Utc(2026, 11, 1, 0), Utc(2026, 11, 30, 0));

        Assert.Equal([Utc(2026, 11, 1, 17), Utc(2026, 11, 8, 17), Utc(2026, 11, 15, 17), Utc(2026, 11, 22, 17), Utc(2026, 11, 29, 17)], fires);
    }

    [Fact]
    public void Interval_ExcludesItsStartAndIncludesItsEnd()
    {
        var at0800 = Utc(2026, 11, 23, 7);

        Assert.Empty(Fires(WeeklyTime.Daily(new TimeOnly(8, 0)), Berlin, at0800, at0800.AddHours(1)));
        Assert.Single(Fires(WeeklyTime.Daily(new TimeOnly(8, 0)), Berlin, at0800.AddHours(-1), at0800));
    }

    [Fact]
    public void Next_FindsTheFollowingWeeksOccurrence()
    {
        var next = OccurrenceCalculator.Next(WeeklyTime.On(DayOfWeek.Monday, new TimeOnly(9, 0)), Berlin, Utc(2026, 11, 23, 9));

        Assert.Equal(Utc(2026, 11, 30, 8), next!.Value.Instant.ToUniversalTime());
    }
}
