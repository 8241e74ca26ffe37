using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>A view of an opened dashboard as one HTML page: its body by view, in the layout, with the filters from the query.</summary>
public static class DashboardPages
{
    public static async Task<string> RenderAsync(DashboardSite site, DashboardSnapshot snapshot, DashboardView view, string token, Func<string, string?> query, CancellationToken ct)
    {
        var filter = DashboardFilter.Parse(query);
        var home = DashboardLinks.PathOf(LinkKind.Dashboard, snapshot.Member.Id, token);
        var body = view.Slug switch
        {
            "kanban" => KanbanPage.Body(Kanban.Build(snapshot, filter), home + "move", await site.Links.FormTokenAsync(token, ct), filter),
            "calendar" => CalendarPage.Body(MonthGrid.Build(snapshot, MonthGrid.MonthOf(query("month"), snapshot.Today), filter), home + "calendar", filter),
            "skills" => SkillsPage.Body(SkillsMatrix.Build(snapshot, filter), home + "kanban"),
            "projects" => ProjectsPage.Body(ProjectGallery.Build(snapshot, filter)),
            "habits" => HabitsPage.Body(await site.HabitsAsync(snapshot, ct)),
            "group" => GroupPage.Body(await site.GroupAsync(snapshot, ct), home + "chart/" + DashboardCharts.BoardFile),
            _ => BoardPage.Body(PhaseBoard.Build(snapshot, filter), home + "chart/" + DashboardCharts.ProgressFile),
        };
        return PageLayout.Render(snapshot, home, view, filter, body, query("said"));
    }
}
