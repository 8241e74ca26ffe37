namespace RoadmapBot.Core.Data;

/// <summary>Whose a row is: a member's (gone with /forget me), a space's, a part of a space's roadmap, or the system's.</summary>
public enum DataOwner { Member, Space, Roadmap, System }

/// <summary>
/// Whose rows an entity holds, and the column that says so (a member's, space's or roadmap's id); <paramref name="SpaceKey"/>
/// names the space too when a member's rows also belong to a space (so a deleted private space takes them along).
/// </summary>
public sealed record EntityOwnership(DataOwner Owner, string? Key, string? SpaceKey = null);

/// <summary>Every entity of the model and whose it is, in one place: /forget me deletes by it and a test checks it covers the model.</summary>
public static class DataOwnership
{
    public static readonly IReadOnlyDictionary<Type, EntityOwnership> Entities = new Dictionary<Type, EntityOwnership>
    {
        [typeof(Space)] = new(DataOwner.Space, nameof(Space.Id)),
        [typeof(SpaceRoadmap)] = new(DataOwner.Space, nameof(SpaceRoadmap.SpaceId)),
        [typeof(StoredPhase)] = new(DataOwner.Roadmap, nameof(StoredPhase.RoadmapId)),
        [typeof(StoredItem)] = new(DataOwner.Roadmap, nameof(StoredItem.RoadmapId)),
        [typeof(StoredHabit)] = new(DataOwner.Roadmap, nameof(StoredHabit.RoadmapId)),
        [typeof(Member)] = new(DataOwner.Member, nameof(Member.Id), nameof(Member.SpaceId)),
        [typeof(ItemProgress)] = new(DataOwner.Member, nameof(ItemProgress.MemberId)),
        [typeof(PlanShift)] = new(DataOwner.Member, nameof(PlanShift.MemberId)),
        [typeof(KeptAsideProgress)] = new(DataOwner.Member, nameof(KeptAsideProgress.MemberId), nameof(KeptAsideProgress.SpaceId)),
        [typeof(MetricLog)] = new(DataOwner.Member, nameof(MetricLog.MemberId)),
        [typeof(HabitCheckIn)] = new(DataOwner.Member, nameof(HabitCheckIn.MemberId)),
        [typeof(CriterionTick)] = new(DataOwner.Member, nameof(CriterionTick.MemberId)),
        [typeof(ReviewAnswer)] = new(DataOwner.Member, nameof(ReviewAnswer.MemberId)),
        [typeof(LinkCode)] = new(DataOwner.Member, nameof(LinkCode.MemberId)),
        // The other member's side goes by the foreign key's cascade when their member row is deleted.
        [typeof(BuddyPair)] = new(DataOwner.Member, nameof(BuddyPair.AskerId), nameof(BuddyPair.SpaceId)),
        [typeof(LinkAttempt)] = new(DataOwner.Member, nameof(LinkAttempt.MemberId)),
        [typeof(AuditEntry)] = new(DataOwner.Member, nameof(AuditEntry.MemberId), nameof(AuditEntry.SpaceId)),
        [typeof(OutboxEntry)] = new(DataOwner.Member, nameof(OutboxEntry.MemberId), nameof(OutboxEntry.SpaceId)),
        [typeof(SchedulerLease)] = new(DataOwner.System, null),
        [typeof(PlatformState)] = new(DataOwner.System, null),
        [typeof(HandledUpdate)] = new(DataOwner.System, null),
        [typeof(InboxEntry)] = new(DataOwner.System, null),
        [typeof(SharedSecret)] = new(DataOwner.System, null),
    };
}
