using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Tests.Scheduling;

/// <summary>The planner on its own: which occurrences fall in a window, when each is due, and whether it is sent or skipped.</summary>
public sealed class ReminderPlannerTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly WeeklyTime Daily0800 = WeeklyTime.Daily(new TimeOnly(8, 0));

    private static readonly ReminderTarget Ann = new()
    {
        SpaceId = 1, MemberId = 7, Name = "Ann", SpaceName = "s", Zone = Berlin,
        Schedules = [(ReminderKind.Kickoff, Daily0800)],
    };

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(1));

    [Fact]
    public void OnTime_IsSentNotLate_KeyedByMemberKindAndLocalTime()
    {
        var planned = Assert.Single(ReminderPlanner.Plan(Ann, At(23, 7), At(23, 8)));

        Assert.Equal(("m7:kickoff:2026-11-23T08:00", At(23, 8), false, false), (planned.Key, planned.DueAt, planned.Skip, planned.Late));
    }

    [Fact]
    public void PausedDay_IsRecordedAsSkipped_TheDayAfterIsSent()
    {
        var paused = Ann with { PausedUntil = new DateOnly(2026, 11, 23) };

        var planned = ReminderPlanner.Plan(paused, At(23, 7), At(24, 8)).ToList();

        Assert.Equal([(At(23, 8), true), (At(24, 8), false)], planned.Select(p => (p.DueAt, p.Skip)));
        Assert.Equal("paused until 2026-11-23", planned[0].Detail);
    }

    [Fact]
    public void AfterDowntime_WithinGrace_IsSentLate_PastGrace_IsSkippedAsMissed()
    {
        var late = Assert.Single(ReminderPlanner.Plan(Ann, At(23, 7), At(23, 9)));
        var missed = Assert.Single(ReminderPlanner.Plan(Ann, At(23, 7), At(23, 8) + ReminderDefaults.Grace(ReminderKind.Kickoff) + TimeSpan.FromMinutes(1)));

        Assert.Equal((false, true), (late.Skip, late.Late));
        Assert.True(missed.Skip);
        Assert.StartsWith("missed", missed.Detail);
    }

    [Fact]
    public void CatchUp_NeverReachesBackBeforeTheScheduleBegan()
    {
        var since = Ann with { Since = At(23, 9) };

        var planned = ReminderPlanner.Plan(since, At(22, 0), At(24, 8)).ToList();

        Assert.Equal([At(24, 8)], planned.Select(p => p.DueAt));
    }

    [Fact]
    public void InsideQuietHours_IsDueAtTheWindowsEnd()
    {
        var quiet = Ann with { Quiet = [new BusyWindow(new TimeOnly(7, 30), new TimeOnly(9, 0), WeeklyTime.EveryDay)] };

        var planned = Assert.Single(ReminderPlanner.Plan(quiet, At(23, 7), At(23, 8)));

        Assert.Equal(At(23, 9), planned.DueAt);
        Assert.Equal("2026-11-23T08:00", planned.LocalOccurrence);
    }

    [Fact]
    public void Snoozed_IsPlannedOnceAtItsTime_AndAgendaSlotsByItem()
    {
        var target = Ann with
        {
            Schedules = [],
            Snoozed = (ReminderKind.Checkin, At(23, 10, 30)),
            Agenda = [new AgendaSlot("t4", new DateTime(2026, 11, 23, 14, 0, 0))],
        };

        var planned = ReminderPlanner.Plan(target, At(23, 10), At(23, 14)).ToList();

        Assert.Equal(["m7:checkin:snoozed:2026-11-23T10:30", "m7:agenda:t4:2026-11-23T14:00"], planned.Select(p => p.Key));
    }

    [Fact]
    public void Next_WakesForAPausedOccurrenceToo_SoItsSkipIsRecorded()
    {
        var paused = Ann with { PausedUntil = new DateOnly(2026, 11, 23) };

        Assert.Equal(At(23, 8), ReminderPlanner.Next(paused, At(23, 7)));
        Assert.Equal(At(24, 8), ReminderPlanner.NextSent(paused, At(23, 7)));
    }

    [Fact]
    public void GroupDigest_IsKeyedBySpace()
    {
        var group = new ReminderTarget
        {
            SpaceId = 3, Name = "g", SpaceName = "g", Zone = Berlin, Schedules = [(ReminderKind.Digest, WeeklyTime.Daily(new TimeOnly(9, 0)))],
        };

        Assert.Equal("s3:digest:2026-11-23T09:00", Assert.Single(ReminderPlanner.Plan(group, At(23, 8), At(23, 9))).Key);
    }
}
