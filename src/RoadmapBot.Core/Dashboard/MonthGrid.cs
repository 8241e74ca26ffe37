using System.Globalization;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Dashboard;

/// <summary>A month as weeks of days (Monday first): each day's due items and agenda slots, rest days, busy windows, today.</summary>
public sealed record MonthGrid(DateOnly Month, IReadOnlyList<IReadOnlyList<MonthDay>> Weeks)
{
    /// <summary>The month the URL names (?month=2026-02), else the member's current month.</summary>
    public static DateOnly MonthOf(string? month, DateOnly today) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : new DateOnly(today.Year, today.Month, 1);

    public static MonthGrid Build(DashboardSnapshot snapshot, DateOnly month, DashboardFilter filter)
    {
        var keep = snapshot.Cards(filter).Select(c => c.Item.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var entries = CalendarEntry.For(snapshot).Where(e => keep.Contains(e.Key)).ToLookup(e => e.Day);
        var rest = AccountabilitySettings.Parse(snapshot.Member.Settings).RestDays.ToHashSet();
        var busy = snapshot.View?.Extras.BusyWindows ?? [];
        var first = Progress.Weeks.Start(month);
        var last = month.AddMonths(1).AddDays(-1);
        var weeks = new List<IReadOnlyList<MonthDay>>();
        for (var start = first; start <= last; start = start.AddDays(7))
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => start.AddDays(i)).Select(day => new MonthDay(
                day, day.Month == month.Month, day == snapshot.Today, rest.Contains(day),
                [.. busy.Where(b => b.Days.Contains(day.DayOfWeek))], [.. entries[day]]))]);
        return new MonthGrid(month, weeks);
    }
}

public sealed record MonthDay(DateOnly Day, bool InMonth, bool IsToday, bool IsRest, IReadOnlyList<BusyWindow> Busy, IReadOnlyList<CalendarEntry> Entries);
