namespace RoadmapBot.Host.Dashboard;

/// <summary>The dashboard's pages as they appear in its navigation and URL (/dashboard/ID/TOKEN/kanban).</summary>
public sealed record DashboardView(string Slug, string Title)
{
    public static readonly DashboardView Board = new("", "Phases");
    public static readonly DashboardView Kanban = new("kanban", "Kanban");

    public static IReadOnlyList<DashboardView> All { get; } = [Board, Kanban];

    public static DashboardView? Find(string? slug) => All.FirstOrDefault(v => v.Slug == (slug ?? "").ToLowerInvariant());
}
