using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>When an item is due: its dated slot, else its week/day counted from the plan's start, else its phase's end.</summary>
public static class DueDates
{
    /// <param name="afterDurations">The item's end when the plan's written durations are laid one after another (<see cref="AfterDurations"/>).</param>
    public static DateOnly? For(StoredItem item, StoredPhase? phase, DateOnly? start, int shiftDays, DateOnly? afterDurations = null)
    {
        var due = item.Slot is { } slot ? DateOnly.FromDateTime(slot) : Relative(item, start) ?? afterDurations ?? PhaseEnd(phase, start);
        return due?.AddDays(shiftDays);
    }

    /// <summary>"Batch processing (2 weeks)" then "Stream processing (1 week)": from the start, each top-level item with a duration and no week, day or slot ends when its time is up.</summary>
    public static Dictionary<StoredItem, DateOnly> AfterDurations(IEnumerable<StoredItem> items, DateOnly? start)
    {
        var ends = new Dictionary<StoredItem, DateOnly>();
        if (start is not { } s)
            return ends;
        var elapsed = 0;
        foreach (var item in items.Where(i => i.ParentKey is null && i.DurationDays is > 0 && i.Slot is null && i.Week is null && i.Day is null).OrderBy(i => i.Order))
        {
            elapsed += item.DurationDays!.Value;
            ends[item] = s.AddDays(elapsed - 1);
        }
        return ends;
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
            // "Week 3–6", or "(2 weeks)" under "Week 3": due when its time from the week's start is up, never before the week ends.
            return item.Weekday is { } day
                ? weekStart.AddDays(((int)day - (int)weekStart.DayOfWeek + 7) % 7)
                : weekStart.AddDays(Math.Max(item.DurationDays ?? 7, 7) - 1);
        }
        return item.Day is { } d ? s.AddDays(d - 1) : null;
    }
}
