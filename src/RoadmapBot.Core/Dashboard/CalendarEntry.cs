using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Dashboard;

/// <summary>
/// One item on the member's calendar: a timed agenda slot (Start and End, wall-clock times in the member's zone) or an
/// all-day due item. Its calendar identity (<see cref="CalendarUid"/>) is the item's, the same while the plan moves and
/// across re-imports, so a subscribed calendar moves the event.
/// </summary>
public sealed record CalendarEntry(string CalendarId, string Key, string Title, DateOnly Day, TimeOnly? Start, TimeOnly? End, ItemStatus Status, bool Overdue, string? Description)
{
    /// <summary>A slot without a written end takes this long.</summary>
    public static readonly TimeSpan DefaultSlot = TimeSpan.FromMinutes(30);

    /// <summary>The member's calendar: every dated item, slots with their times, in date order.</summary>
    public static IReadOnlyList<CalendarEntry> For(DashboardSnapshot snapshot) =>
    [
        .. snapshot.Cards(DashboardFilter.None)
            .Where(c => c.Item.DueDate is not null)
            .Select(c => new CalendarEntry(
                c.Item.CalendarId,
                c.Item.Key,
                c.Item.Title,
                c.Item.DueDate!.Value,
                c.Item.Slot is { } slot ? TimeOnly.FromDateTime(slot) : null,
                c.Item.Slot is { } s ? TimeOnly.FromDateTime(c.Item.SlotEnd ?? s.Add(DefaultSlot)) : null,
                c.Status,
                c.Overdue,
                Describe(snapshot, c)))
            .OrderBy(e => e.Day).ThenBy(e => e.Start),
    ];

    private static string Describe(DashboardSnapshot snapshot, DashboardCard card)
    {
        var item = card.Item;
        var lines = new List<string> { $"{item.Key} · {snapshot.View?.PhaseOf(item)?.Title} · {Kanban.Name(card.Status)}" };
        if (item.Hours is { } hours) lines.Add($"{Progress.Show.Number(hours)} h");
        if (item.Deliverable is { } deliverable) lines.Add("Deliverable: " + deliverable);
        return string.Join("\n", lines);
    }
}
