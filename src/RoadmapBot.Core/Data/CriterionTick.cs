namespace RoadmapBot.Core.Data;

/// <summary>A member ticked exit criterion <see cref="Number"/> (one-based) of a phase.</summary>
public sealed class CriterionTick
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public required string PhaseKey { get; set; }
    public int Number { get; set; }
    public DateTimeOffset TickedAt { get; set; }
}
