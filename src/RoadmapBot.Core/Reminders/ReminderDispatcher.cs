using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Diagnostics;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Reminders;

/// <summary>
/// One scheduler tick: holds the database's scheduler lease, records every occurrence that fell due since the last
/// tick in the outbox (pending, or skipped), then delivers the pending ones. Returns when to run again.
/// </summary>
public sealed class ReminderDispatcher(
    IDbContextFactory<RoadmapDbContext> contexts,
    OutboxDelivery delivery,
    TimeProvider time,
    IOptions<RoadmapBotOptions> options,
    ReminderLease lease,
    BotMetrics metrics,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>On a database that never ran the scheduler, catch-up looks back at most this far.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromHours(24);
    public static readonly TimeSpan LeaseLength = ReminderLease.Length;

    /// <summary>How long finished outbox entries are kept: long past any grace window, so pruning never lets one repeat.</summary>
    public static readonly TimeSpan OutboxHistory = TimeSpan.FromDays(30);
    private static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    public async Task<DispatchResult> TickAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await lease.AcquireAsync(db, now, ct) is not { } held) return new DispatchResult(Active: false, now + MaxSleep);
            await ResendInDoubtAsync(db, now, ct);

            var after = held.CheckedUntil ?? now - FirstLookBack;
            var targets = await ReminderTargets.LoadAsync(db, options.Value.DefaultTimeZone, after, now + TimeSpan.FromDays(8), ct);
            await RecordAsync(db, targets, after, now, ct);
            held.CheckedUntil = now;
            await db.SaveChangesAsync(ct);
            var cutoff = now - OutboxHistory;
            await db.Outbox.Where(o => o.State != OutboxState.Pending && o.DueAt < cutoff).ExecuteDeleteAsync(ct);
            var next = targets.Select(t => ReminderPlanner.Next(t, now)).Where(n => n is not null).Min();
            await delivery.DeliverDueAsync(now, ct);
            var pending = await db.Outbox.Where(o => o.State == OutboxState.Pending).OrderBy(o => o.DueAt)
                .Select(o => (DateTimeOffset?)o.DueAt).FirstOrDefaultAsync(ct);
            var wake = new[] { next, pending, now + MaxSleep }.Min()!.Value;
            return new DispatchResult(Active: true, wake < now ? now : wake);
        }
    }

    private async Task RecordAsync(RoadmapDbContext db, List<ReminderTarget> targets, DateTimeOffset after, DateTimeOffset now, CancellationToken ct)
    {
        var planned = targets.SelectMany(t => ReminderPlanner.Plan(t, after, now).Select(p => (Target: t, Plan: p))).ToList();
        if (planned.Count == 0) return;
        var keys = planned.Select(p => p.Plan.Key).ToList();
        var known = (await db.Outbox.Where(o => keys.Contains(o.Key)).Select(o => o.Key).ToListAsync(ct)).ToHashSet();
        var skipped = new List<OutboxEntry>();
        foreach (var (target, plan) in planned.Where(p => !known.Contains(p.Plan.Key)))
        {
            var entry = new OutboxEntry
            {
                Key = plan.Key, SpaceId = target.SpaceId, MemberId = target.MemberId, Kind = plan.Kind,
                LocalOccurrence = plan.LocalOccurrence, DueAt = plan.DueAt, Late = plan.Late, DecidedAt = now,
                State = plan.Skip ? OutboxState.Skipped : OutboxState.Pending, Detail = plan.Detail,
            };
            db.Outbox.Add(entry);
            if (!plan.Skip) continue;
            skipped.Add(entry);
            logger.LogInformation("SKIPPED kind={Kind} member={Member} occurrence={Occurrence} reason={Reason}",
                ReminderPlanner.Name(plan.Kind), target.Name, plan.LocalOccurrence, plan.Detail);
        }
        await db.SaveChangesAsync(ct);
        foreach (var entry in skipped) metrics.ReminderFinished(entry);
    }

    /// <summary>Gives the lease up on a clean shutdown, so a restarted process takes over at once.</summary>
    public Task ReleaseAsync(CancellationToken ct) => lease.ReleaseAsync(ct);

    /// <summary>
    /// Rows claimed but never recorded: the process sending them died (or the tick was cancelled) mid-send, so the
    /// platform may or may not have them. Each is logged and sent again, marked late. On PostgreSQL a claim of another
    /// node is left to it while that node checks in with Quartz, however long the paced queue holds its send.
    /// </summary>
    private async Task ResendInDoubtAsync(RoadmapDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var claimed = await db.Outbox.Where(o => o.State == OutboxState.Sending).ToListAsync(ct);
        if (claimed.Count == 0) return;
        var othersAlive = lease.Clustered ? await ClusterNodes.AliveAsync(db, now, ct) : [];
        othersAlive.Remove(lease.Owner);
        var inDoubt = claimed.Where(o => !delivery.IsSending(o.Id) && (o.ClaimedBy is null || !othersAlive.Contains(o.ClaimedBy))).ToList();
        foreach (var entry in inDoubt)
        {
            logger.LogWarning("IN DOUBT kind={Kind} key={Key} claimed by {Owner} at {At:u} and never recorded: it may have reached the member; sending it again marked late",
                ReminderPlanner.Name(entry.Kind), entry.Key, entry.ClaimedBy, entry.ClaimedAt);
            entry.State = OutboxState.Pending;
            entry.Late = true;
            entry.ClaimedBy = null;
            entry.ClaimedAt = null;
        }
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Whether this process sends reminders, and when the next tick is due.</summary>
public sealed record DispatchResult(bool Active, DateTimeOffset NextTick);
