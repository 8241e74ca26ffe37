using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Dashboard;

/// <summary>The pictures the chat sends, drawn by the same renderers for the pages: /progress's on the phase board, /board's on the group page.</summary>
public static class DashboardCharts
{
    public static string Progress(DashboardSnapshot snapshot) => throw new NotImplementedException();

    public static Task<string> BoardAsync(RoadmapDbContext db, DashboardSnapshot snapshot, int freezesPerMonth, CancellationToken ct) => throw new NotImplementedException();
}
