using System.Text;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The frame around every view: title, navigation keeping the filters, the filter form, our own CSS and JS.</summary>
public static class PageLayout
{
    /// <summary>
    /// The page up to its view's body, in the one builder the body is then written into: a kanban page is 70 KB, and a
    /// body built apart and copied in allocated it twice more (issue 20).
    /// </summary>
    public static StringBuilder Open(DashboardSnapshot snapshot, string home, DashboardView active, DashboardFilter filter, string? notice)
    {
        var title = snapshot.View?.Title ?? "Your dashboard";
        var html = new StringBuilder(16_000);
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<title>").Append(Html.E($"{active.Title} · {title}")).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/dashboard/assets/site.css\"><script src=\"/dashboard/assets/site.js\" defer></script></head><body>")
            .Append("<header><h1>").Append(Html.E(title)).Append("</h1><p class=\"who\">")
            .Append(Html.E(snapshot.Member.DisplayName)).Append(" · ").Append(Html.E(snapshot.Today.ToString("ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)))
            .Append("</p><nav>");
        foreach (var view in DashboardView.Of(snapshot.Space.IsGroup))
            html.Append("<a href=\"").Append(Html.E(home + view.Slug + filter.ToQuery())).Append('"')
                .Append(view == active ? " aria-current=\"page\"" : "").Append('>').Append(Html.E(view.Title)).Append("</a>");
        html.Append("</nav>");
        if (snapshot.View is not null)
            Filters(html, snapshot, filter);
        html.Append("</header><main>");
        if (notice is not null)
            html.Append("<p class=\"notice\" role=\"status\">").Append(Html.E(notice)).Append("</p>");
        if (snapshot.View is null)
            html.Append("<p class=\"empty\">No roadmap here yet: an admin loads one with /import in the chat.</p>");
        return html;
    }

    public static string Close(StringBuilder html) => html.Append("</main></body></html>").ToString();

    private static void Filters(StringBuilder html, DashboardSnapshot snapshot, DashboardFilter filter)
    {
        var view = snapshot.View!;
        html.Append("<details class=\"filters\"").Append(filter.IsEmpty ? "" : " open").Append("><summary>Filter</summary><form method=\"get\">");
        Select(html, "phase", "Phase", filter.Phase, view.Phases.Select(p => (p.Key, p.Title)));
        Select(html, "status", "Status", filter.Status?.ToString().ToLowerInvariant(), Kanban.Order.Select(s => (s.ToString().ToLowerInvariant(), Kanban.Name(s))));
        Select(html, "skill", "Skill", filter.Skill, view.Items.SelectMany(i => i.Skills).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).Select(s => (s, s)));
        Select(html, "priority", "Priority", filter.Priority?.ToString().ToLowerInvariant(), Enum.GetValues<Priority>().Select(p => (p.ToString().ToLowerInvariant(), p.ToString())));
        Select(html, "due", "Due", filter.Due, [("overdue", "Overdue"), ("week", "Next 7 days")]);
        html.Append("<button type=\"submit\">Apply</button></form></details>");
    }

    private static void Select(StringBuilder html, string name, string label, string? chosen, IEnumerable<(string Value, string Text)> options)
    {
        html.Append("<label>").Append(label).Append(" <select name=\"").Append(name).Append("\"><option value=\"\">any</option>");
        foreach (var (value, text) in options)
            html.Append("<option value=\"").Append(Html.E(value)).Append('"')
                .Append(string.Equals(value, chosen, StringComparison.OrdinalIgnoreCase) ? " selected" : "").Append('>').Append(Html.E(text)).Append("</option>");
        html.Append("</select></label>");
    }

    /// <summary>A chart the chat sends, as its own image (SVG from the same renderer), in a box the reader can fold away.</summary>
    public static void Chart(StringBuilder html, string title, string url, string alt) =>
        html.Append("<details class=\"chart-box\" open><summary>").Append(Html.E(title)).Append("</summary><img class=\"chart\" src=\"").Append(Html.E(url))
            .Append("\" alt=\"").Append(Html.E(alt)).Append("\" width=\"").Append(Core.Charts.ChartStyle.Width).Append("\"></details>");

    /// <summary>One card: key, title, priority, hours, due (marked when overdue; dated as the chat dates it), skills.</summary>
    public static void Card(StringBuilder html, DashboardCard card, DateOnly today)
    {
        var item = card.Item;
        var key = Html.E(item.Key);
        html.Append("<article class=\"card s-").Append(card.Status.ToString().ToLowerInvariant()).Append(card.Overdue ? " overdue" : "")
            .Append("\" id=\"i-").Append(key).Append("\" data-key=\"").Append(key).Append("\"><h3><span class=\"key\">")
            .Append(key).Append("</span> ").Append(Html.E(item.Title)).Append("</h3><p class=\"meta\">");
        if (item.Priority is { } p) html.Append("<span class=\"pri p-").Append(p.ToString().ToLowerInvariant()).Append("\">").Append(p).Append("</span>");
        if (item.Hours is { } h) html.Append("<span>").Append(Html.E(Core.Progress.Show.Number(h))).Append(" h</span>");
        if (item.DueDate is { } d)
            html.Append("<span class=\"due\">").Append(card.Overdue ? "overdue · " : "due ").Append(Html.E(Core.Progress.Show.Short(d, today))).Append("</span>");
        foreach (var skill in item.Skills.Take(4)) html.Append("<span class=\"skill\">").Append(Html.E(skill)).Append("</span>");
        html.Append("</p>");
    }
}
