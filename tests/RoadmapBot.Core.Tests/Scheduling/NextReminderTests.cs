using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Scheduling;

/// <summary>What /remind shows as "next" is what the planner, ticking as the dispatcher does, would actually send.</summary>
public sealed class NextReminderTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly ScheduleSetting Daily0700 = new(new TimeOnly(7, 0), [.. WeeklyTime.EveryDay]);
    private static readonly BusyWindow EarlyMorning = new(new TimeOnly(6, 30), new TimeOnly(8, 0), WeeklyTime.EveryDay);

    [Fact]
    public void InsideQuietHours_AfterTheScheduledTime_NextIsTodaysDeferredSending()
    {
        var now = At(2026, 11, 23, 7, 30);

        var next = NextReminder.Of(Daily0700, Berlin, [EarlyMorning], null, now);

        Assert.Equal(At(2026, 11, 23, 8, 0), next);
        Assert.Equal(PlannerSends(Daily0700, Berlin, [EarlyMorning], null, now), next);
    }

    [Fact]
    public void PausedMember_NextIsTheFirstDayAfterThePause()
    {
        var now = At(2026, 11, 23, 6, 0);

        var next = NextReminder.Of(Daily0700, Berlin, [], new DateOnly(2026, 11, 24), now);

        Assert.Equal(At(2026, 11, 25, 7, 0), next);
        Assert.Equal(PlannerSends(Daily0700, Berlin, [], new DateOnly(2026, 11, 24), now), next);
    }

    [Fact]
    public void PausedForWeeks_NextIsStillFoundAfterThePause()
    {
        var now = At(2026, 11, 23, 6, 0);

        var next = NextReminder.Of(Daily0700, Berlin, [EarlyMorning], new DateOnly(2026, 12, 10), now);

        Assert.Equal(At(2026, 12, 11, 8, 0), next);
        Assert.Equal(PlannerSends(Daily0700, Berlin, [EarlyMorning], new DateOnly(2026, 12, 10), now), next);
    }

    [Fact]
    public void SpringForwardGap_NextIsTheFirstValidMinute()
    {
        var at0230 = new ScheduleSetting(new TimeOnly(2, 30), [.. WeeklyTime.EveryDay]);
        var now = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(1));

        var next = NextReminder.Of(at0230, Berlin, [], null, now);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), next);
        Assert.Equal(PlannerSends(at0230, Berlin, [], null, now), next);
    }

    [Fact]
    public void AgendaSlotInsideQuietHours_NextIsTheWindowsEnd_EvenWhenTheSlotHasStarted()
    {
        var now = At(2026, 11, 23, 7, 0);
        DateTime[] slots = [new(2026, 11, 23, 6, 45, 0), new(2026, 11, 24, 10, 0, 0)];

        var next = NextReminder.Of(slots, Berlin, [EarlyMorning], null, now);

        Assert.Equal(At(2026, 11, 23, 8, 0), next);
    }

    [Fact]
    public void SwitchedOff_HasNoNext()
    {
        Assert.Null(NextReminder.Of(Daily0700 with { Enabled = false }, Berlin, [], null, At(2026, 11, 23, 6, 0)));
    }

    private static DateTimeOffset At(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.FromHours(1));

    // The dispatcher's view: tick every five minutes from two days back, keep what the planner sends after now.
    private static DateTimeOffset? PlannerSends(ScheduleSetting setting, TimeZoneInfo zone, IReadOnlyList<BusyWindow> quiet, DateOnly? paused, DateTimeOffset now)
    {
        var target = new ReminderTarget
        {
            SpaceId = 1, Name = "ann", SpaceName = "s", Zone = zone, Quiet = quiet, PausedUntil = paused,
            Schedules = [(ReminderKind.Kickoff, setting.Time)],
        };
        var sent = new List<DateTimeOffset>();
        for (var tick = now.AddDays(-2); tick < now.AddDays(30); tick = tick.AddMinutes(5))
            sent.AddRange(ReminderPlanner.Plan(target, tick, tick.AddMinutes(5)).Where(p => !p.Skip && p.DueAt > now).Select(p => p.DueAt));
        return sent.Count == 0 ? null : sent.Min();
    }
}
