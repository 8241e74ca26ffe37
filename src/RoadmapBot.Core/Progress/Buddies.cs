using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>Reads buddy pairs: a member's confirmed buddy, a space's pairs.</summary>
public static class Buddies
{
    /// <summary>The member's confirmed pair in their space and the buddy in it, or null (also while the buddy is out of the group).</summary>
    public static async Task<(BuddyPair Pair, Member Buddy)?> BuddyOfAsync(RoadmapDbContext db, long memberId, CancellationToken ct)
    {
        if (await db.BuddyPairs.AsNoTracking().FirstOrDefaultAsync(p => p.ConfirmedAt != null && (p.AskerId == memberId || p.BuddyId == memberId), ct) is not { } pair)
            return null;
        var buddyId = pair.Other(memberId);
        return await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == buddyId && m.LeftAt == null, ct) is { } buddy ? (pair, buddy) : null;
    }

    public static Task<List<BuddyPair>> InSpaceAsync(RoadmapDbContext db, long spaceId, CancellationToken ct) =>
        db.BuddyPairs.AsNoTracking().Where(p => p.SpaceId == spaceId && p.ConfirmedAt != null).OrderBy(p => p.Id).ToListAsync(ct);
}
