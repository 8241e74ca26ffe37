namespace RoadmapBot.Core.Roadmaps;

/// <summary>A stage of the roadmap, with an optional calendar span or week span.</summary>
public sealed record Phase
{
    public required string Key { get; init; }
    public required string Title { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public int? FirstWeek { get; init; }
    public int? LastWeek { get; init; }

    /// <summary>How long the phase takes as written ("(12–16 weeks)", "Weeks 5-10"), in days.</summary>
    public int? DurationDays { get; init; }
    public int Line { get; init; }
    public IReadOnlyList<Item> Items { get; init; } = [];
    public IReadOnlyList<string> ExitCriteria { get; init; } = [];
}
