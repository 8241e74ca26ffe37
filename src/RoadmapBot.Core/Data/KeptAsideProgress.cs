using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Data;

/// <summary>
/// A member's progress on an item an import removed from the space's roadmap, tied to the old item's key and title
/// instead of being deleted; it goes back to an item when a later import brings that item back.
/// </summary>
public sealed class KeptAsideProgress
{
    public long Id { get; set; }
    public long SpaceId { get; set; }
    public long MemberId { get; set; }
    public required string ItemKey { get; set; }
    public required string ItemTitle { get; set; }

    /// <summary>The old key was a position (a week's second bullet): it names a place, not the item, so only the title brings it back.</summary>
    public bool PositionalKey { get; set; }
    public ItemStatus Status { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>As <see cref="ItemProgress.FromFile"/>: kept so the row is still no part of the pace when it comes back.</summary>
    public bool FromFile { get; set; }
    public string? ProofUrl { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset KeptAt { get; set; }
}
