using System.Text;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The habits page: streak, each habit's streak, the heatmap /streak sends, and this week against targets as /week says it.</summary>
public static class HabitsPage
{
    public static void Write(StringBuilder html, HabitsSummary summary)
    {
        html.Append("<section class=\"habits\"><h2>Streak: ").Append(Html.E(Show.Days(summary.Streak.Current))).Append(" in a row")
            .Append(summary.Streak.Best > summary.Streak.Current ? $" <span class=\"count\">(best {Html.E(Show.Days(summary.Streak.Best))})</span>" : "").Append("</h2><ul class=\"lines\">");
        foreach (var (habit, streak, metToday) in summary.Habits)
            html.Append("<li>").Append(Html.E(habit)).Append(": ").Append(Html.E(Show.Days(streak))).Append(metToday ? " · met today ✓" : "").Append("</li>");
        html.Append("</ul><img class=\"chart\" alt=\"Streak heatmap: each day's habits met\" src=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(summary.Heatmap)).Append("\">").Append(ReplyHtml.Render(summary.Week)).Append("</section>");
    }
}
