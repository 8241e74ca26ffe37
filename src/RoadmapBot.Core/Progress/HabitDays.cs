using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// The days a member's daily habit is held to, for /week, the weekly review, the digest and the week picture alike: the
/// days from the one they joined on, a rest day only when the habit was met on it anyway.
/// </summary>
public sealed record HabitDays(DateOnly Joined, IReadOnlySet<DateOnly> RestDays)
{
    public static HabitDays For(Member member, MemberDay memberDay) =>
        new(memberDay.Of(member.JoinedAt), AccountabilitySettings.Parse(member.Settings).RestDays.ToHashSet());

    /// <summary>Days the habit was met, and days it counts for, between two days (inclusive).</summary>
    public (int Met, int Counted) Of(StoredHabit habit, DailyTotals totals, DateOnly from, DateOnly to)
    {
        var (met, counted) = (0, 0);
        // A day before the member joined was never theirs to meet; a rest day excuses a miss but keeps a day met.
        for (var day = from < Joined ? Joined : from; day <= to; day = day.AddDays(1))
        {
            if (totals.IsMet(habit, day))
                (met, counted) = (met + 1, counted + 1);
            else if (!RestDays.Contains(day))
                counted++;
        }
        return (met, counted);
    }
}
