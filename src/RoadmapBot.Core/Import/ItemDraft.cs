using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>An item while the document is still being read; keys are assigned once everything is known.</summary>
internal sealed class ItemDraft
{
    public required string Title { get; set; }
    public required int Line { get; init; }
    public SourcePosition? CellStart { get; init; }
    public string? ExplicitKey { get; set; }

    /// <summary>Its <see cref="ExplicitKey"/> is its key: no item before it took that key (<see cref="ItemKeys"/>).</summary>
    public bool KeyGranted { get; set; }
    public string? Description { get; set; }
    public ItemKind Kind { get; set; } = ItemKind.Task;
    public ItemStatus Status { get; set; } = ItemStatus.Todo;
    public Priority? Priority { get; set; }
    public double? Hours { get; set; }
    public int? DurationDays { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public int? Week { get; set; }
    public int? Day { get; set; }
    public DayOfWeek? Weekday { get; set; }
    public string? Deliverable { get; set; }
    public string? Proof { get; set; }
    public string? Outcome { get; set; }
    public string? Notes { get; set; }
    public List<string> Skills { get; } = [];
    public List<ResourceLink> Links { get; } = [];
    public List<ItemDraft> Children { get; } = [];

    public Item ToItem(string key, bool positional, string? parentKey, IReadOnlyList<Item> children) => new()
    {
        Key = key,
        Title = Title,
        Kind = Kind,
        Status = Status,
        Priority = Priority,
        Hours = Hours,
        DurationDays = DurationDays,
        Due = Date?.ToDateTime(Start ?? TimeOnly.MinValue),
        End = Date is { } d && End is { } e ? d.ToDateTime(e) : null,
        Week = Week,
        Day = Day,
        Weekday = Weekday,
        Description = Description,
        Deliverable = Deliverable,
        Proof = Proof,
        Outcome = Outcome,
        Notes = Notes,
        Skills = FirstOfEach(Skills, static skill => skill),
        Links = FirstOfEach(Links, static link => link.Url),
        Line = Line,
        CellStart = CellStart,
        ParentKey = parentKey,
        PositionalKey = positional,
        Items = children,
    };

    /// <summary>The values in order, each kept at its first occurrence of its key.</summary>
    /// <remarks>
    /// Most items repeat nothing: they keep the draft's own list, which it no longer needs once it is an item. An item has a
    /// few skills and links, so comparing each with those before it beats building a hash set per item.
    /// </remarks>
    private static List<T> FirstOfEach<T>(List<T> values, Func<T, string> key) =>
        values.Count > 8 || Repeats(values, key) ? values.DistinctBy(key).ToList() : values;

    private static bool Repeats<T>(List<T> values, Func<T, string> key)
    {
        for (var i = 1; i < values.Count; i++)
            for (var j = 0; j < i; j++)
                if (key(values[j]) == key(values[i])) return true;
        return false;
    }
}
