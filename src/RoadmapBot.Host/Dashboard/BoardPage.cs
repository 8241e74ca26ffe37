using System.Text;
using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The phase board: the /progress chart, then a band per phase with its rollup, exit criteria ticked, and its items as cards.</summary>
public static class BoardPage
{
    public static void Write(StringBuilder html, PhaseBoard board, string chartUrl, DateOnly today)
    {
        if (board.Overall is { } overall)
            PageLayout.Chart(html, "Progress chart", chartUrl,
                $"Progress: {overall.Done}/{overall.Total} done ({overall.Percent}%): a bar per phase, then items and hours done against the plan over time");
        html.Append("<div class=\"phases\">");
        foreach (var column in board.Phases)
        {
            html.Append("<section class=\"phase\" data-phase=\"").Append(Html.E(column.Phase.Key)).Append("\"><h2>").Append(Html.E(column.Phase.Title)).Append("</h2>")
                .Append("<p class=\"rollup\"><progress max=\"100\" value=\"").Append(column.Percent).Append("\"></progress> <span>")
                .Append(column.Rollup.Done).Append(" of ").Append(column.Rollup.Total).Append(" done · ").Append(column.Percent).Append("%</span></p>");
            if (column.Criteria.Count > 0)
            {
                html.Append("<ul class=\"criteria\" aria-label=\"Exit criteria\">");
                foreach (var criterion in column.Criteria)
                    html.Append("<li class=\"").Append(criterion.Ticked ? "ticked" : "open").Append("\">").Append(criterion.Ticked ? "☑ " : "☐ ")
                        .Append(Html.E(criterion.Text)).Append("</li>");
                html.Append("</ul>");
            }
            foreach (var card in column.Cards)
            {
                PageLayout.Card(html, card, today);
                html.Append("<p class=\"status\">").Append(Html.E(Kanban.Name(card.Status))).Append("</p></article>");
            }
            html.Append("</section>");
        }
        html.Append("</div>");
    }
}
