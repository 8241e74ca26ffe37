namespace RoadmapBot.Core.Data;

/// <summary>
/// A member's own move of one item's due date (their re-plan), in days on top of the group's plan; keyed by the item's
/// key so it survives re-import, and an admin's /plan shift still moves everyone's dates under it.
/// </summary>
public sealed class PlanShift
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public required string ItemKey { get; set; }
    public int Days { get; set; }
}
