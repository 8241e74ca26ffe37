using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>
/// The dashboard's URLs, each GET also answering HEAD: GET /dashboard/ID/TOKEN/[view] (filters in the query), GET /dashboard/ID/TOKEN/chart/NAME.svg (the
/// chat's pictures), POST /dashboard/ID/TOKEN/move (a kanban move, with the page's form token), and our own CSS and JS. The
/// member id in the URL must be the token's own.
/// </summary>
public static class DashboardEndpoints
{
    // RFC 9110 §9.1: what answers GET answers HEAD, with the same headers; Kestrel sends no body for a HEAD.
    private static readonly string[] Read = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var site = app.ServiceProvider.GetRequiredService<DashboardSite>();
        app.MapMethods("/dashboard/assets/{file}", Read, (string file, HttpContext http) => DashboardAssets.Serve(file, http.Response));
        app.MapMethods("/dashboard/{member:long}/{token}/{view?}", Read, (long member, string token, string? view, HttpContext http) => ShowAsync(site, member, token, view, http));
        app.MapMethods("/dashboard/{member:long}/{token}/chart/{file}", Read, (long member, string token, string file, HttpContext http) => ChartAsync(site, member, token, file, http));
        app.MapPost("/dashboard/{member:long}/{token}/move", (long member, string token, HttpContext http) => MoveAsync(site, member, token, http));
        app.MapMethods("/calendar/{member:long}/{file}", Read, (long member, string file, HttpContext http) => FeedAsync(site, member, file, http));
        return app;
    }

    private static async Task<IResult> ShowAsync(DashboardSite site, long memberId, string token, string? slug, HttpContext http)
    {
        SecurityHeaders.Apply(http.Response);
        var (check, snapshot) = await site.OpenAsync(memberId, token, LinkKind.Dashboard, http.RequestAborted);
        if (snapshot is null)
            return LinkPages.Refused(check.Verdict, LinkKind.Dashboard);
        if (DashboardView.Find(slug) is not { } view || !DashboardView.Of(snapshot.Space.IsGroup).Contains(view))
            return LinkPages.Page(StatusCodes.Status404NotFound, "No such page", "Pick a view from the dashboard's navigation.");
        var html = await DashboardPages.RenderAsync(site, snapshot, view, token, key => http.Request.Query[key].FirstOrDefault(), http.RequestAborted);
        return Results.Text(html, "text/html; charset=utf-8");
    }

    // A chart is its own request, so the page's words show at once and the picture follows (its render costs more than the page).
    private static async Task<IResult> ChartAsync(DashboardSite site, long memberId, string token, string file, HttpContext http)
    {
        SecurityHeaders.Apply(http.Response);
        var (check, snapshot) = await site.OpenAsync(memberId, token, LinkKind.Dashboard, http.RequestAborted);
        if (snapshot is null)
            return LinkPages.Refused(check.Verdict, LinkKind.Dashboard);
        var svg = file switch
        {
            DashboardCharts.ProgressFile => DashboardCharts.Progress(snapshot),
            DashboardCharts.BoardFile when snapshot.Space.IsGroup => await site.BoardChartAsync(snapshot, http.RequestAborted),
            _ => null,
        };
        return svg is null ? Results.NotFound() : Results.Text(svg, "image/svg+xml; charset=utf-8");
    }

    private static async Task<IResult> FeedAsync(DashboardSite site, long memberId, string file, HttpContext http)
    {
        SecurityHeaders.Apply(http.Response);
        var token = file.EndsWith(".ics", StringComparison.Ordinal) ? file[..^4] : file;
        var (check, snapshot) = await site.OpenAsync(memberId, token, LinkKind.Calendar, http.RequestAborted);
        if (snapshot is null)
            return LinkPages.Refused(check.Verdict, LinkKind.Calendar);
        return Results.Text(CalendarFeed.Write(snapshot, site.Time.GetUtcNow(), site.CalendarDomain), "text/calendar; charset=utf-8");
    }

    private static async Task<IResult> MoveAsync(DashboardSite site, long memberId, string token, HttpContext http)
    {
        SecurityHeaders.Apply(http.Response);
        var (check, snapshot) = await site.OpenAsync(memberId, token, LinkKind.Dashboard, http.RequestAborted);
        if (snapshot is null)
            return LinkPages.Refused(check.Verdict, LinkKind.Dashboard);
        if (!CrossSiteSafe(http.Request) || !http.Request.HasFormContentType)
            return Forbidden();
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var expected = await site.Links.FormTokenAsync(token, http.RequestAborted);
        if (!SameText(form["form"].FirstOrDefault(), expected))
            return Forbidden();
        if (Kanban.FromVerb(form["status"].FirstOrDefault()) is not { } status || snapshot.View?.Find(form["item"].FirstOrDefault() ?? "") is not { } item)
            return LinkPages.Page(StatusCodes.Status400BadRequest, "Nothing to move", "That item or status is not on this roadmap any more.");
        var said = await site.MoveAsync(check.Member!, check.Space!, item.Key, status, http.RequestAborted);
        var back = DashboardLinks.PathOf(LinkKind.Dashboard, memberId, token) + "kanban" + DashboardFilter.Parse(key => http.Request.Query[key].FirstOrDefault()).ToQuery();
        return Results.Redirect(back + (back.Contains('?') ? "&" : "?") + "said=" + Uri.EscapeDataString(FirstLine(said)) + "#i-" + Uri.EscapeDataString(item.Key));
    }

    // Browsers say where a form came from: a page of another site may not post here (the form token stops the rest).
    private static bool CrossSiteSafe(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].FirstOrDefault() is null or "same-origin" or "none";

    private static bool SameText(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static IResult Forbidden() =>
        LinkPages.Page(StatusCodes.Status403Forbidden, "This change was refused", "It did not come from your dashboard's own page. Open the dashboard and try again.");

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
        return line.StartsWith("• ", StringComparison.Ordinal) ? line[2..] : line;
    }
}
