namespace RoadmapBot.Core.Data;

/// <summary>The space's one roadmap: its source, schedule anchor and a replacement awaiting confirmation.</summary>
public sealed class SpaceRoadmap
{
    public long Id { get; set; }
    public long SpaceId { get; set; }
    public required string Title { get; set; }
    public required string Source { get; set; }
    public required string ContentHash { get; set; }
    public DateOnly? StartDate { get; set; }
    public int ShiftDays { get; set; }
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>Weekly targets, themes, review questions, advice: <see cref="RoadmapExtras"/> as JSON.</summary>
    public string Extras { get; set; } = "{}";
    public string? PendingSource { get; set; }
    public long? PendingByMemberId { get; set; }
}
