using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>When an item is due: its dated slot, else its week/day counted from the plan's start, else its phase's end.</summary>
public static class DueDates
{
    public static DateOnly? For(StoredItem item, StoredPhase? phase, DateOnly? start, int shiftDays)
    {
        var due = item.Slot is { } slot ? DateOnly.FromDateTime(slot) : Relative(item, start) ?? PhaseEnd(phase, start);
        return due?.AddDays(shiftDays);
    }

    public static DateOnly? PhaseStart(StoredPhase phase, DateOnly? start, int shiftDays) =>
        (phase.Start ?? (start is { } s && phase.FirstWeek is { } w ? s.AddDays((w - 1) * 7) : null))?.AddDays(shiftDays);

    private static DateOnly? PhaseEnd(StoredPhase? phase, DateOnly? start) =>
        phase?.End ?? (start is { } s && phase?.LastWeek is { } w ? s.AddDays(w * 7 - 1) : null);

    private static DateOnly? Relative(StoredItem item, DateOnly? start)
    {
        if (start is not { } s)
            return null;
        if (item.Week is { } week)
        {
            var weekStart = s.AddDays((week - 1) * 7);
            return item.Weekday is { } day
                ? weekStart.AddDays(((int)day - (int)weekStart.DayOfWeek + 7) % 7)
                : weekStart.AddDays(6);
        }
        return item.Day is { } d ? s.AddDays(d - 1) : null;
    }
}
