using System.Text;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The status kanban: a column per status; each card has a small form that moves it (a POST with the form token).</summary>
public static class KanbanPage
{
    public static void Write(StringBuilder html, Kanban kanban, string moveUrl, string formToken, DashboardFilter filter, DateOnly today)
    {
        // On a phone the columns stack: an index with the counts jumps to each.
        html.Append("<p class=\"jump\">");
        foreach (var column in kanban.Columns)
            html.Append("<a href=\"#c-").Append(Kanban.Verb(column.Status)).Append("\">").Append(Html.E(Kanban.Name(column.Status))).Append(' ').Append(column.Cards.Count).Append("</a>");
        html.Append("</p><div class=\"kanban\">");
        // The same for every card: the form's address, and the status choices with each status selected in turn.
        var action = Html.E(moveUrl + filter.ToQuery());
        var choices = Kanban.Order.ToDictionary(selected => selected, Choices);
        foreach (var column in kanban.Columns)
        {
            html.Append("<section class=\"column\" id=\"c-").Append(Kanban.Verb(column.Status)).Append("\" data-status=\"").Append(Kanban.Verb(column.Status)).Append("\"><h2>").Append(Html.E(Kanban.Name(column.Status)))
                .Append(" <span class=\"count\">").Append(column.Cards.Count).Append("</span></h2>");
            foreach (var card in column.Cards)
            {
                PageLayout.Card(html, card, today);
                html.Append("<form method=\"post\" action=\"").Append(action).Append("\" class=\"move\">")
                    .Append("<input type=\"hidden\" name=\"form\" value=\"").Append(formToken).Append("\">")
                    .Append("<input type=\"hidden\" name=\"item\" value=\"").Append(Html.E(card.Item.Key)).Append("\">")
                    .Append("<label>Move to <select name=\"status\">").Append(choices[card.Status])
                    .Append("</select></label><button type=\"submit\">Move</button></form></article>");
            }
            html.Append("</section>");
        }
        html.Append("</div>");
    }

    private static string Choices(ItemStatus selected) => string.Concat(Kanban.Order.Select(status =>
        $"<option value=\"{Kanban.Verb(status)}\"{(status == selected ? " selected" : "")}>{Html.E(Kanban.Name(status))}</option>"));
}
