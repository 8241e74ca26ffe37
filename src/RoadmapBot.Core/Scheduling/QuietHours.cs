using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Scheduling;

/// <summary>Moves an instant that falls inside a member's quiet window to the end of that window.</summary>
public static class QuietHours
{
    public static DateTimeOffset Defer(DateTimeOffset instant, TimeZoneInfo zone, IReadOnlyList<BusyWindow> windows)
    {
        if (windows.Count == 0) return instant;
        // A deferral can land in a later window the same day; a handful of passes settles it.
        for (var pass = 0; pass < 8; pass++)
        {
            var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
            var time = TimeOnly.FromDateTime(local);
            var window = windows.FirstOrDefault(w => w.Days.Contains(local.DayOfWeek) && Contains(w, time));
            if (window is null) return instant;
            var end = DateOnly.FromDateTime(local).ToDateTime(window.End);
            if (window.End <= window.Start && time >= window.Start) end = end.AddDays(1);  // window across midnight
            instant = OccurrenceCalculator.ToInstant(end, zone);
        }
        return instant;
    }

    private static bool Contains(BusyWindow w, TimeOnly t) =>
        w.Start < w.End ? t >= w.Start && t < w.End : t >= w.Start || t < w.End;
}
