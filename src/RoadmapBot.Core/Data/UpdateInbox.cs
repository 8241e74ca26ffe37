using Microsoft.EntityFrameworkCore;

namespace RoadmapBot.Core.Data;

/// <summary>
/// The inbox rule for pushed updates on any platform: stored once by key, claimed by one instance at a time for a lease,
/// taken over by another when the lease runs out, and never handed out again once handled. A lane's (a chat's) update is
/// handed out only when every earlier one of that lane is handled, so each chat keeps its order across instances.
/// </summary>
public sealed class UpdateInbox(IDbContextFactory<RoadmapDbContext> contexts, TimeProvider time)
{
    /// <summary>Longer than any command runs; a claim older than this belongs to an instance that died.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Stores the update; false when one with this key is already there (a retry, or sent to another instance too).</summary>
    public async Task<bool> StoreAsync(InboxUpdate update, CancellationToken ct)
    {
        var key = update.Key;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Inbox.AnyAsync(e => e.Key == key, ct))
            return false;
        db.Inbox.Add(new InboxEntry { Key = key, Lane = update.Lane, Sequence = update.Sequence, Payload = update.Payload, ReceivedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance stored the same key between our look and our insert.
            await using var again = await contexts.CreateDbContextAsync(ct);
            if (await again.Inbox.AnyAsync(e => e.Key == key, ct)) return false;
            throw;
        }
    }

    /// <summary>
    /// The oldest unhandled row under <paramref name="keyPrefix"/> that no live claim holds and no earlier row of its lane
    /// waits before, now claimed by <paramref name="instance"/>; null when none.
    /// </summary>
    public async Task<InboxEntry?> ClaimAsync(string keyPrefix, string instance, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var free = db.Inbox.Where(e => e.HandledAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now) && e.Key.StartsWith(keyPrefix)
            && !db.Inbox.Any(earlier => earlier.Lane == e.Lane && earlier.HandledAt == null && earlier.Sequence < e.Sequence));
        foreach (var candidate in await free.AsNoTracking().OrderBy(e => e.ReceivedAt).Take(10).ToListAsync(ct))
        {
            // The same condition in the update: of two instances racing for one row, only one changes it.
            var won = await free.Where(e => e.Key == candidate.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, instance).SetProperty(e => e.ClaimedUntil, now + Lease), ct);
            if (won == 1)
                return candidate;
        }
        return null;
    }

    /// <summary>Marks the row handled: no instance claims it again, and the message text it carried is not kept.</summary>
    public async Task CompleteAsync(string key, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Inbox.Where(e => e.Key == key).ExecuteUpdateAsync(s => s.SetProperty(e => e.HandledAt, now).SetProperty(e => e.Payload, ""), ct);
    }
}
