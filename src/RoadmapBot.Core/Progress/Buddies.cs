using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>Reads buddy pairs: a member's confirmed buddy, a space's pairs.</summary>
public static class Buddies
{
    /// <summary>The member's confirmed buddy in their space, or null.</summary>
    public static async Task<Member?> BuddyOfAsync(RoadmapDbContext db, long memberId, CancellationToken ct) =>
        await db.BuddyPairs.AsNoTracking().Where(p => p.ConfirmedAt != null && (p.AskerId == memberId || p.BuddyId == memberId))
            .Select(p => (long?)(p.AskerId == memberId ? p.BuddyId : p.AskerId)).FirstOrDefaultAsync(ct) is { } id
            ? await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct)
            : null;

    /// <summary>The member's confirmed pair (tracked, to change or end it), or null.</summary>
    public static Task<BuddyPair?> PairOfAsync(RoadmapDbContext db, long memberId, CancellationToken ct) =>
        db.BuddyPairs.FirstOrDefaultAsync(p => p.ConfirmedAt != null && (p.AskerId == memberId || p.BuddyId == memberId), ct);

    public static Task<List<BuddyPair>> InSpaceAsync(RoadmapDbContext db, long spaceId, CancellationToken ct) =>
        db.BuddyPairs.AsNoTracking().Where(p => p.SpaceId == spaceId && p.ConfirmedAt != null).OrderBy(p => p.Id).ToListAsync(ct);
}
