using System.Globalization;
using System.Text;
using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>The calendar: a month grid (a list of days on a phone) of due items and agenda slots, rest days, busy windows, overdue marked.</summary>
public static class CalendarPage
{
    public static void Write(StringBuilder html, MonthGrid grid, string calendarUrl, DashboardFilter filter)
    {
        string MonthLink(DateOnly month) =>
            Html.E(calendarUrl + filter.ToQuery() + (filter.IsEmpty ? "?" : "&") + "month=" + month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        html.Append("<p class=\"months\"><a href=\"").Append(MonthLink(grid.Month.AddMonths(-1))).Append("\">← previous</a><strong>")
            .Append(grid.Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)).Append("</strong><a href=\"").Append(MonthLink(grid.Month.AddMonths(1)))
            .Append("\">next →</a></p><div class=\"month\" role=\"grid\"><div class=\"weekdays\" role=\"row\">");
        foreach (var name in new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" })
            html.Append("<span role=\"columnheader\">").Append(name).Append("</span>");
        html.Append("</div>");
        foreach (var week in grid.Weeks)
        {
            html.Append("<div class=\"week\" role=\"row\">");
            foreach (var day in week)
                Day(html, day);
            html.Append("</div>");
        }
        html.Append("</div>");
    }

    private static void Day(StringBuilder html, MonthDay day)
    {
        html.Append("<div role=\"gridcell\" class=\"day").Append(day.InMonth ? "" : " other").Append(day.IsToday ? " today" : "").Append(day.IsRest ? " rest" : "")
            .Append(day.Entries.Count == 0 ? " none" : "").Append("\" data-day=\"").Append(day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"><p class=\"date\">")
            .Append(day.Day.ToString("ddd d", CultureInfo.InvariantCulture)).Append("</p>");
        if (day.IsRest) html.Append("<p class=\"tag\">rest day</p>");
        foreach (var busy in day.Busy)
            html.Append("<p class=\"tag busy\">busy ").Append(busy.Start.ToString("HH:mm", CultureInfo.InvariantCulture)).Append('–').Append(busy.End.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("</p>");
        foreach (var entry in day.Entries)
        {
            html.Append("<p class=\"entry s-").Append(entry.Status.ToString().ToLowerInvariant()).Append(entry.Overdue ? " overdue" : "").Append("\" data-key=\"").Append(Html.E(entry.Key)).Append("\">");
            if (entry.Start is { } start) html.Append("<span class=\"time\">").Append(start.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("</span> ");
            html.Append("<span class=\"key\">").Append(Html.E(entry.Key)).Append("</span> ").Append(Html.E(entry.Title));
            if (entry.Overdue) html.Append(" <span class=\"late\">overdue</span>");
            html.Append("</p>");
        }
        html.Append("</div>");
    }
}
