namespace RoadmapBot.Core.Roadmaps;

/// <summary>One task of the roadmap. Weeks and days are fields here, not items of their own.</summary>
public sealed record Item
{
    public required string Key { get; init; }
    public required string Title { get; init; }
    public ItemKind Kind { get; init; } = ItemKind.Task;
    public ItemStatus Status { get; init; } = ItemStatus.Todo;
    public Priority? Priority { get; init; }
    public double? Hours { get; init; }

    /// <summary>How long the item takes as written ("(2 weeks)", a Duration column), in days; /plan start dates relative plans from it.</summary>
    public int? DurationDays { get; init; }

    /// <summary>A dated slot's start (local wall-clock time), or a due date at midnight.</summary>
    public DateTime? Due { get; init; }
    public DateTime? End { get; init; }
    public int? Week { get; init; }

    /// <summary>Day number within a relative plan (seed 003: day 1 to 10).</summary>
    public int? Day { get; init; }
    public DayOfWeek? Weekday { get; init; }
    public string? Description { get; init; }
    public string? Deliverable { get; init; }
    public string? Proof { get; init; }
    public string? Outcome { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<ResourceLink> Links { get; init; } = [];

    /// <summary>One-based line of the item in the source document.</summary>
    public int Line { get; init; }

    /// <summary>For an item in a table cell: where its text starts, which is where a done mark goes.</summary>
    public SourcePosition? CellStart { get; init; }
    public string? ParentKey { get; init; }
    public IReadOnlyList<Item> Items { get; init; } = [];

    /// <summary>True when the key is a position (a week's third bullet), so re-import matches it by title.</summary>
    public bool PositionalKey { get; init; }

    /// <summary>The item, then each of its sub-items with theirs, in document order.</summary>
    // Most items have no sub-items: one element for them, not two nested iterators each (issue 14).
    public static IEnumerable<Item> SelfAndDescendants(Item item) => item.Items.Count == 0 ? [item] : WithDescendants(item);

    private static IEnumerable<Item> WithDescendants(Item item)
    {
        yield return item;
        foreach (var child in item.Items)
            foreach (var descendant in SelfAndDescendants(child))
                yield return descendant;
    }
}

public enum ItemKind { Task, Project }

public enum ItemStatus { Todo, Doing, Blocked, Done, Skipped }

public enum Priority { High, Medium, Low }

public sealed record ResourceLink(string Title, string Url);
