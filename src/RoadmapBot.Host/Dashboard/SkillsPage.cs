using System.Text;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The skills matrix: a row per skill with done, open and skipped items, hours done of planned, and a bar.</summary>
public static class SkillsPage
{
    public static void Write(StringBuilder html, SkillsMatrix matrix, string kanbanUrl)
    {
        html.Append("<div class=\"scroll\"><table class=\"skills\"><thead><tr><th scope=\"col\">Skill</th><th scope=\"col\">Done</th><th scope=\"col\">Open</th><th scope=\"col\">Skipped</th><th scope=\"col\">Hours</th><th scope=\"col\">Progress</th></tr></thead><tbody>");
        foreach (var row in matrix.Rows)
            html.Append("<tr data-skill=\"").Append(Html.E(row.Skill)).Append("\"><th scope=\"row\"><a href=\"").Append(Html.E(kanbanUrl + "?skill=" + Uri.EscapeDataString(row.Skill))).Append("\">")
                .Append(Html.E(row.Skill)).Append("</a></th><td>").Append(row.Done).Append("</td><td>").Append(row.Open).Append("</td><td>").Append(row.Skipped)
                .Append("</td><td>").Append(Show.Number(row.HoursDone)).Append(" / ").Append(Show.Number(row.HoursPlanned))
                .Append("</td><td><progress max=\"100\" value=\"").Append(row.Percent).Append("\"></progress> ").Append(row.Percent).Append("%</td></tr>");
        html.Append("</tbody></table></div>");
    }
}
