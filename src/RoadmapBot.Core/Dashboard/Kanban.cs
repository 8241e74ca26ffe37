using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Dashboard;

/// <summary>The status kanban: a column per status, in the order work moves, each with the cards the filter keeps.</summary>
public sealed record Kanban(IReadOnlyList<KanbanColumn> Columns)
{
    public static readonly ItemStatus[] Order = [ItemStatus.Todo, ItemStatus.Doing, ItemStatus.Blocked, ItemStatus.Done, ItemStatus.Skipped];

    public static Kanban Build(DashboardSnapshot snapshot, DashboardFilter filter)
    {
        var cards = snapshot.Cards(filter).ToLookup(c => c.Status);
        return new Kanban([.. Order.Select(s => new KanbanColumn(s, [.. cards[s]]))]);
    }

    /// <summary>The column's heading, as Notion's status property names it.</summary>
    public static string Name(ItemStatus status) => status switch
    {
        ItemStatus.Todo => "Not started",
        ItemStatus.Doing => "In progress",
        ItemStatus.Blocked => "Blocked",
        ItemStatus.Done => "Done",
        _ => "Skipped",
    };

    /// <summary>The chat verb that moves an item to <paramref name="status"/>: a move from the page runs this command.</summary>
    public static string Verb(ItemStatus status) => status switch
    {
        ItemStatus.Todo => "todo",
        ItemStatus.Doing => "doing",
        ItemStatus.Blocked => "blocked",
        ItemStatus.Done => "done",
        _ => "skip",
    };

    /// <summary>The status a verb of <see cref="Verb"/> names; null for anything else.</summary>
    public static ItemStatus? FromVerb(string? verb) => Order.Cast<ItemStatus?>().FirstOrDefault(s => Verb(s!.Value) == verb);
}

public sealed record KanbanColumn(ItemStatus Status, IReadOnlyList<DashboardCard> Cards);
