using RoadmapBot.Core.Data;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Storing;

/// <summary>Turns an imported roadmap into rows: phases, items in document order (children after parents), habits.</summary>
public static class RoadmapFlattener
{
    public static List<StoredPhase> Phases(Roadmap roadmap, long roadmapId) =>
        roadmap.Phases.Select((p, i) => new StoredPhase
        {
            RoadmapId = roadmapId, Key = p.Key, Title = p.Title, Order = i, Start = p.Start, End = p.End,
            FirstWeek = p.FirstWeek, LastWeek = p.LastWeek, ExitCriteria = [.. p.ExitCriteria],
        }).ToList();

    /// <summary>Items once per key: a repeated key keeps its first occurrence, so one key never means two items.</summary>
    public static List<StoredItem> Items(Roadmap roadmap, long roadmapId) =>
        roadmap.Phases
            .SelectMany(p => p.Items.SelectMany(Item.SelfAndDescendants).Select(item => (Phase: p.Key, Item: item)))
            .DistinctBy(x => x.Item.Key, StringComparer.OrdinalIgnoreCase)
            .Select((x, order) => ToRow(x.Item, x.Phase, roadmapId, order))
            .ToList();

    public static List<StoredHabit> Habits(Roadmap roadmap, long roadmapId) =>
        roadmap.Habits.DistinctBy(h => h.Key).Select((h, i) => new StoredHabit
        {
            RoadmapId = roadmapId, Key = h.Key, Title = h.Title, Metric = h.Metric, Target = h.Target, Unit = h.Unit, Order = i,
        }).ToList();

    public static void AssignDueDates(SpaceRoadmap roadmap, IReadOnlyList<StoredPhase> phases, IEnumerable<StoredItem> items)
    {
        var afterDurations = DueDates.AfterDurations(items, roadmap.StartDate);
        foreach (var item in items)
            item.DueDate = DueDates.For(item, phases.FirstOrDefault(p => p.Key == item.PhaseKey), roadmap.StartDate, roadmap.ShiftDays, afterDurations.TryGetValue(item, out var end) ? end : null);
    }

    // No InitialStatus from the file: its done marks are the importing member's progress (FileMarks), not everyone's.
    private static StoredItem ToRow(Item item, string phaseKey, long roadmapId, int order) => new()
    {
        RoadmapId = roadmapId, Key = item.Key, CalendarId = StoredItem.NewCalendarId(), Title = item.Title, PhaseKey = phaseKey, ParentKey = item.ParentKey,
        Order = order, Kind = item.Kind, Priority = item.Priority, Hours = item.Hours,
        Slot = item.Due, SlotEnd = item.End, DurationDays = item.DurationDays, Week = item.Week, Day = item.Day, Weekday = item.Weekday,
        Deliverable = item.Deliverable, Outcome = item.Outcome, Skills = [.. item.Skills],
        Links = [.. item.Links.Select(l => l.Url)], PositionalKey = item.PositionalKey, Line = item.Line,
        MarkLine = MarkPlace.Of(item)?.Line ?? 0, MarkColumn = MarkPlace.Of(item)?.Column,
    };
}
