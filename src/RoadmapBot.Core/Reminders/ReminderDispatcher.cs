using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;

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
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>On a database that never ran the scheduler, catch-up looks back at most this far.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromHours(24);
    public static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(3);

    /// <summary>How long finished outbox entries are kept: long past any grace window, so pruning never lets one repeat.</summary>
    public static readonly TimeSpan OutboxHistory = TimeSpan.FromDays(30);
    private static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    private bool _warnedPassive;

    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task<DispatchResult> TickAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var lease = await AcquireLeaseAsync(db, now, ct);
            if (lease is null) return new DispatchResult(Active: false, now + MaxSleep);

            var after = lease.CheckedUntil ?? now - FirstLookBack;
            var targets = await ReminderTargets.LoadAsync(db, options.Value.DefaultTimeZone, after, now + TimeSpan.FromDays(8), ct);
            await RecordAsync(db, targets, after, now, ct);
            lease.CheckedUntil = now;
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
        foreach (var (target, plan) in planned.Where(p => !known.Contains(p.Plan.Key)))
        {
            db.Outbox.Add(new OutboxEntry
            {
                Key = plan.Key, SpaceId = target.SpaceId, MemberId = target.MemberId, Kind = plan.Kind,
                LocalOccurrence = plan.LocalOccurrence, DueAt = plan.DueAt, Late = plan.Late, DecidedAt = now,
                State = plan.Skip ? OutboxState.Skipped : OutboxState.Pending, Detail = plan.Detail,
            });
            if (plan.Skip)
                logger.LogInformation("SKIPPED kind={Kind} member={Member} occurrence={Occurrence} reason={Reason}",
                    ReminderPlanner.Name(plan.Kind), target.Name, plan.LocalOccurrence, plan.Detail);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Gives the lease up on a clean shutdown, so a restarted process takes over at once.</summary>
    public async Task ReleaseAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lease = await db.SchedulerLeases.FirstOrDefaultAsync(l => l.Name == SchedulerLease.SingleName && l.Owner == Owner, ct);
        if (lease is null) return;
        lease.ExpiresAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Only one process sends from a database: a second one sees a live lease and stays passive.</summary>
    private async Task<SchedulerLease?> AcquireLeaseAsync(RoadmapDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var lease = await db.SchedulerLeases.FirstOrDefaultAsync(l => l.Name == SchedulerLease.SingleName, ct);
        if (lease is null)
        {
            lease = new SchedulerLease { Name = SchedulerLease.SingleName, Owner = Owner };
            db.SchedulerLeases.Add(lease);
        }
        else if (lease.Owner != Owner && lease.ExpiresAt > now)
        {
            if (!_warnedPassive)
                logger.LogWarning("Another RoadmapBot process ({Owner}) sends the reminders of this database until {Until:u}; this one stays passive.",
                    lease.Owner, lease.ExpiresAt);
            _warnedPassive = true;
            return null;
        }
        lease.Owner = Owner;
        lease.ExpiresAt = now + LeaseLength;
        try
        {
            await db.SaveChangesAsync(ct);
            return lease;
        }
        catch (DbUpdateException)
        {
            return null;  // another process took the lease between our read and write
        }
    }
}

/// <summary>Whether this process sends reminders, and when the next tick is due.</summary>
public sealed record DispatchResult(bool Active, DateTimeOffset NextTick);
