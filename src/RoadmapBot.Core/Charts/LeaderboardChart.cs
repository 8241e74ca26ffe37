using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Charts;

/// <summary>
/// The /board picture: a row per member with items done, streak and whether they are on track. It shows no metric, so a
/// member's private ones never appear; the chat sends it as PNG, the group page shows it as SVG.
/// </summary>
public static class LeaderboardChart
{
    private const string Title = "Leaderboard";
    private static readonly string[] Columns = ["Done", "Streak", "Plan"];

    public static byte[] Render(IReadOnlyList<LeaderboardRow> rows) => BoardChart.Render(Title, Columns, Lines(rows));

    public static string RenderSvg(IReadOnlyList<LeaderboardRow> rows) => BoardChart.RenderSvg(Title, Columns, Lines(rows));

    /// <summary>"on track" or "behind by N": the plan column, as /board's text says it.</summary>
    public static string State(ProgressReport report) => report.Behind > 0 ? $"behind by {report.Behind}" : "on track";

    private static List<BoardLine> Lines(IReadOnlyList<LeaderboardRow> rows) =>
    [
        .. rows.Select(r => new BoardLine(r.Member.DisplayName,
            [new($"{r.Report.Done}/{r.Report.Total} · {r.Report.Percent}%", r.Report.Done, r.Report.Total), new(Show.Days(r.Streak), r.Streak), new(State(r.Report), 0, Warning: r.Report.Behind > 0)])),
    ];
}
