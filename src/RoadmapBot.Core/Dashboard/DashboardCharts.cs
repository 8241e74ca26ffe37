using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Dashboard;

/// <summary>
/// The pictures the chat sends, drawn by the same renderers for the pages as SVG: /progress's (phase bars and burn-up) on
/// the phase board, from the member's own plan; /board's on the group page.
/// </summary>
public static class DashboardCharts
{
    public const string ProgressFile = "progress.svg";
    public const string BoardFile = "board.svg";

    /// <summary>The /progress picture of the member; null when the space has no roadmap yet.</summary>
    public static string? Progress(DashboardSnapshot snapshot)
    {
        if (snapshot.View is not { } view)
            return null;
        var report = ProgressReport.Compute(view, snapshot.Progress, snapshot.Today);
        var burnUp = BurnUp.Compute(view, snapshot.Progress, MemberDay.For(snapshot.Member, snapshot.Zone), snapshot.Today);
        return ProgressChart.RenderSvg(report, burnUp);
    }

    /// <summary>The /board picture of the member's space, its rows read as /board reads them; null without a roadmap.</summary>
    public static async Task<string?> BoardAsync(RoadmapDbContext db, DashboardSnapshot snapshot, int freezesPerMonth, CancellationToken ct)
    {
        if (snapshot.View is not { } view)
            return null;
        var rows = await Leaderboard.LoadAsync(db, view, snapshot.Space.Id, snapshot.Today, snapshot.Today, freezesPerMonth, ct);
        return LeaderboardChart.RenderSvg(rows);
    }
}
