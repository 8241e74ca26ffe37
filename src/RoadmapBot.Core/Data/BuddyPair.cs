namespace RoadmapBot.Core.Data;

/// <summary>
/// Two members of a group who keep each other going: <see cref="AskerId"/> asked, <see cref="BuddyId"/> agreed
/// (<see cref="ConfirmedAt"/>); until then it is an open invitation. A member has at most one pair per space.
/// </summary>
public sealed class BuddyPair
{
    public long Id { get; set; }
    public long SpaceId { get; set; }
    public long AskerId { get; set; }
    public long BuddyId { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }

    public bool Confirmed => ConfirmedAt is not null;

    public bool Has(long memberId) => AskerId == memberId || BuddyId == memberId;

    /// <summary>The other member of the pair.</summary>
    public long Other(long memberId) => AskerId == memberId ? BuddyId : AskerId;
}
