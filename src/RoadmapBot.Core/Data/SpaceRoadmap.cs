namespace RoadmapBot.Core.Data;

/// <summary>The space's one roadmap: its source, schedule anchor and a replacement awaiting confirmation.</summary>
public sealed class SpaceRoadmap
{
    /// <summary>The index that holds what a roadmap's stamp is read from (id, hash, schedule), named where it is read.</summary>
    public const string StampIndex = "IX_Roadmaps_Stamp";

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
