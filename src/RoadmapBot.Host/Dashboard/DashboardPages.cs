using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>A view of an opened dashboard as one HTML page: its body by view, in the layout, with the filters from the query.</summary>
public static class DashboardPages
{
    public static async Task<string> RenderAsync(DashboardSite site, DashboardSnapshot snapshot, DashboardView view, string token, Func<string, string?> query, CancellationToken ct)
    {
        var filter = DashboardFilter.Parse(query);
        var home = DashboardLinks.PathOf(LinkKind.Dashboard, snapshot.Member.Id, token);
        var html = PageLayout.Open(snapshot, home, view, filter, query("said"));
        if (snapshot.View is null)
            return PageLayout.Close(html);
        switch (view.Slug)
        {
            case "kanban": KanbanPage.Write(html, Kanban.Build(snapshot, filter), home + "move", await site.Links.FormTokenAsync(token, ct), filter, snapshot.Today); break;
            case "calendar": CalendarPage.Write(html, MonthGrid.Build(snapshot, MonthGrid.MonthOf(query("month"), snapshot.Today), filter), home + "calendar", filter); break;
            case "skills": SkillsPage.Write(html, SkillsMatrix.Build(snapshot, filter), home + "kanban"); break;
            case "projects": ProjectsPage.Write(html, ProjectGallery.Build(snapshot, filter), snapshot.Today); break;
            case "habits": HabitsPage.Write(html, await site.HabitsAsync(snapshot, ct)); break;
            case "group": GroupPage.Write(html, await site.GroupAsync(snapshot, ct), home + "chart/" + DashboardCharts.BoardFile); break;
            default: BoardPage.Write(html, PhaseBoard.Build(snapshot, filter), home + "chart/" + DashboardCharts.ProgressFile, snapshot.Today); break;
        }
        return PageLayout.Close(html);
    }
}
