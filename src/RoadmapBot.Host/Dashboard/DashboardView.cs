namespace RoadmapBot.Host.Dashboard;

/// <summary>The dashboard's pages as they appear in its navigation and URL (/dashboard/ID/TOKEN/kanban).</summary>
public sealed record DashboardView(string Slug, string Title)
{
    public static readonly DashboardView Board = new("", "Phases");
    public static readonly DashboardView Kanban = new("kanban", "Kanban");
    public static readonly DashboardView Calendar = new("calendar", "Calendar");
    public static readonly DashboardView Skills = new("skills", "Skills");
    public static readonly DashboardView Projects = new("projects", "Projects");
    public static readonly DashboardView Habits = new("habits", "Habits");
    public static readonly DashboardView Group = new("group", "Group");

    public static IReadOnlyList<DashboardView> All { get; } = [Board, Kanban, Calendar, Skills, Projects, Habits, Group];

    /// <summary>The views of a space: the group board only where there is a group.</summary>
    public static IEnumerable<DashboardView> Of(bool isGroup) => All.Where(v => isGroup || v != Group);

    public static DashboardView? Find(string? slug) => All.FirstOrDefault(v => v.Slug == (slug ?? "").ToLowerInvariant());
}
