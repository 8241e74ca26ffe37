using System.Text;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The group board: who is on track or behind, streaks, and each member's shared habits this week (private metrics never shown).</summary>
public static class GroupPage
{
    public static void Write(StringBuilder html, GroupBoard board, string chartUrl)
    {
        if (board.Rows.Count > 0)
            PageLayout.Chart(html, "Leaderboard chart", chartUrl, "Leaderboard as /board draws it: each member's items done, streak and whether they are on track");
        html.Append("<ol class=\"group\">");
        foreach (var row in board.Rows)
        {
            html.Append("<li class=\"member").Append(row.IsYou ? " you" : "").Append("\" data-member=\"").Append(Html.E(row.Name)).Append("\"><h3>").Append(Html.E(row.Name))
                .Append("</h3><p class=\"meta\"><span>").Append(row.Report.Done).Append('/').Append(row.Report.Total).Append(" · ").Append(row.Report.Percent).Append("%</span><span>streak ")
                .Append(Html.E(Show.Days(row.Streak))).Append("</span><span class=\"").Append(row.Report.Behind > 0 ? "behind\">behind by " + row.Report.Behind : "ontrack\">on track")
                .Append("</span></p><ul class=\"lines\">");
            foreach (var metric in row.Metrics)
                html.Append("<li class=\"metric\">").Append(Html.E(metric.Title)).Append(": ").Append(Html.E(Show.Number(metric.ThisWeek))).Append(" this week, met ")
                    .Append(metric.DaysMet).Append(metric.DaysMet == 1 ? " day" : " days").Append("</li>");
            html.Append("</ul></li>");
        }
        html.Append("</ol>");
    }
}
