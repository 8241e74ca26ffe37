using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Data;

/// <summary>A member's own state of one item, keyed by the item's key so it survives re-import.</summary>
public sealed class ItemProgress
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public required string ItemKey { get; set; }
    public ItemStatus Status { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Marked done by the member's imported file, not in the bot: where they began, so no part of their pace.</summary>
    public bool FromFile { get; set; }
    public string? ProofUrl { get; set; }
    public string? Notes { get; set; }
}
