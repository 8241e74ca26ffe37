using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Dashboard;

/// <summary>
/// A group's board, as /board ranks it (done, then streak), with each member's habits this week from the roadmap as that
/// member shares it with the group (<see cref="LeaderboardRow.Shared"/>, as the digest uses): a private metric never shows.
/// </summary>
public sealed record GroupBoard(IReadOnlyList<GroupRow> Rows)
{
    public static async Task<GroupBoard> LoadAsync(RoadmapDbContext db, DashboardSnapshot snapshot, int freezesPerMonth, CancellationToken ct)
    {
        if (snapshot.View is not { } view)
            return new GroupBoard([]);
        var weekStart = Weeks.Start(snapshot.Today);
        var rows = await Leaderboard.LoadAsync(db, view, snapshot.Space.Id, snapshot.Today, weekStart, freezesPerMonth, ct);
        return new GroupBoard(
        [
            .. rows.Select(r => new GroupRow(r.Member.DisplayName, r.Report, r.Streak, r.Member.Id == snapshot.Member.Id,
                [.. r.Shared.Habits.Select(h => new SharedMetric(h.Title, r.Totals.Total(h.Metric, weekStart, snapshot.Today), h.Target, r.Totals.DaysMet(h, weekStart, snapshot.Today)))])),
        ]);
    }
}

public sealed record GroupRow(string Name, ProgressReport Report, int Streak, bool IsYou, IReadOnlyList<SharedMetric> Metrics);

public sealed record SharedMetric(string Title, double ThisWeek, double? DailyTarget, int DaysMet);
