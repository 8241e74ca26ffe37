using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Scheduling;

public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly BusyWindow Morning = new(new TimeOnly(7, 30), new TimeOnly(8, 45), WeeklyTime.Weekdays);

    [Fact]
    public void InstantInsideAWindow_MovesToItsEnd()
    {
        var monday0800 = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(1));

        var deferred = QuietHours.Defer(monday0800, Berlin, [Morning]);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 45, 0, TimeSpan.FromHours(1)), deferred);
    }

    [Fact]
    public void WindowOnWeekdaysOnly_LeavesTheWeekendAlone()
    {
        var saturday0800 = new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(saturday0800, QuietHours.Defer(saturday0800, Berlin, [Morning]));
    }

    [Fact]
    public void WindowEnd_IsNotInside()
    {
        var at0845 = new DateTimeOffset(2026, 11, 23, 8, 45, 0, TimeSpan.FromHours(1));

        Assert.Equal(at0845, QuietHours.Defer(at0845, Berlin, [Morning]));
    }

    [Fact]
    public void BackToBackWindows_DeferToTheEndOfTheLast()
    {
        var next = new BusyWindow(new TimeOnly(8, 45), new TimeOnly(9, 30), WeeklyTime.Weekdays);
        var monday0800 = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(1)), QuietHours.Defer(monday0800, Berlin, [Morning, next]));
    }

    [Fact]
    public void OvernightWindow_DefersToTheNextMorning()
    {
        var night = new BusyWindow(new TimeOnly(22, 0), new TimeOnly(7, 0), WeeklyTime.EveryDay);
        var at2300 = new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.FromHours(1)), QuietHours.Defer(at2300, Berlin, [night]));
    }
}
