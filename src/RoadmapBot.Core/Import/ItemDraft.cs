using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>An item while the document is still being read; keys are assigned once everything is known.</summary>
internal sealed class ItemDraft
{
    public required string Title { get; set; }
    public required int Line { get; init; }
    public SourcePosition? CellStart { get; init; }
    public string? ExplicitKey { get; set; }
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
        // Most items have one skill and one link or none: nothing to de-duplicate.
        Skills = Skills.Count < 2 ? [.. Skills] : Skills.Distinct().ToList(),
        Links = Links.Count < 2 ? [.. Links] : Links.DistinctBy(l => l.Url).ToList(),
        Line = Line,
        CellStart = CellStart,
        ParentKey = parentKey,
        PositionalKey = positional,
        Items = children,
    };
}
