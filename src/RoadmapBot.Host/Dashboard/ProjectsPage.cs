using System.Text;
using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The project gallery: a tile per project with its status, deliverable and the member's proof link (http/https only).</summary>
public static class ProjectsPage
{
    public static void Write(StringBuilder html, IReadOnlyList<DashboardCard> projects, DateOnly today)
    {
        html.Append("<div class=\"gallery\">");
        foreach (var card in projects)
        {
            PageLayout.Card(html, card, today);
            html.Append("<p class=\"status\">").Append(Html.E(Kanban.Name(card.Status))).Append("</p>");
            if (card.Item.Deliverable is { } deliverable)
                html.Append("<p class=\"deliverable\"><strong>Deliverable:</strong> ").Append(Html.E(deliverable)).Append("</p>");
            html.Append(ProjectGallery.SafeLink(card.ProofUrl) is { } proof
                ? $"<p class=\"proof\"><a href=\"{Html.E(proof)}\" rel=\"noopener noreferrer\" target=\"_blank\">Proof</a></p>"
                : "<p class=\"proof none\">No proof yet: /proof " + Html.E(card.Item.Key) + " URL</p>");
            html.Append("</article>");
        }
        html.Append("</div>");
    }
}
