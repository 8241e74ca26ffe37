using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>One member's standing in the group: their report, logs and streak.</summary>
public sealed record LeaderboardRow(Member Member, ProgressReport Report, DailyTotals Totals, int Streak)
{
    /// <summary>The roadmap without the metrics this member keeps private: what a group reply may show of their numbers.</summary>
    public required RoadmapView Shared { get; init; }
}

/// <summary>A space's members ranked by items done, then streak, then name: shared by /board and the group digest. Who left is not on it.</summary>
public static class Leaderboard
{
    /// <summary>Each member's standing; their logs and check-ins are read from <paramref name="since"/> on (streaks use every active day).</summary>
    public static async Task<List<LeaderboardRow>> LoadAsync(RoadmapDbContext db, RoadmapView view, long spaceId, DateOnly today, DateOnly since, int freezesPerMonth, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.SpaceId == spaceId && m.LeftAt == null).ToListAsync(ct);
        var rows = new List<LeaderboardRow>();
        foreach (var member in members)
        {
            var own = await MemberPlan.ForAsync(db, view, member.Id, ct);
            var report = ProgressReport.Compute(own, await MemberProgress.LoadAsync(db, member.Id, ct), today);
            var totals = await DailyTotals.LoadSinceAsync(db, member.Id, since, ct);
            rows.Add(new LeaderboardRow(member, report, totals, totals.Streaks(today, StreakRules.For(member, freezesPerMonth)).Current) { Shared = own.SharedBy(member) });
        }
        return rows.OrderByDescending(r => r.Report.Done).ThenByDescending(r => r.Streak).ThenBy(r => r.Member.DisplayName).ToList();
    }
}
