using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Charts;

/// <summary>The /board picture: a row per member with items done, streak and whether they are on track (no metric of anyone's).</summary>
public static class LeaderboardChart
{
    public static byte[] Render(IReadOnlyList<LeaderboardRow> rows) => throw new NotImplementedException();

    public static string RenderSvg(IReadOnlyList<LeaderboardRow> rows) => throw new NotImplementedException();
}
