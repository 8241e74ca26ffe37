using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Reminders;

/// <summary>
/// The database's scheduler lease as this process holds it: taken at the start of a tick, renewed between sends
/// while a long fan-out runs (a conditional update on the owner, so a lease someone else took is never taken back).
/// On PostgreSQL Quartz's clustered store already runs the tick on one node at a time and hands it over when a node
/// dies, so the row only carries how far the schedule was checked: a node never waits out a dead one's lease.
/// </summary>
public sealed class ReminderLease(IDbContextFactory<RoadmapDbContext> contexts, TimeProvider time, IOptions<RoadmapBotOptions> options,
    ILogger<ReminderLease> logger, NodeName? node = null)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(3);

    // Renewed well before it runs out, so a slow send between two checks never lets it lapse.
    private static readonly TimeSpan RenewAfter = Length / 3;

    private readonly SemaphoreSlim _renewing = new(1, 1);
    private DateTimeOffset _renewedAt = DateTimeOffset.MinValue;
    private bool? _sending;  // null until the first tick says which: each change is logged once

    public string Owner { get; } = (node ?? NodeName.New()).Value;

    /// <summary>True on PostgreSQL, where Quartz's cluster decides which node ticks.</summary>
    public bool Clustered => RoadmapDatabase.UsesPostgreSql(options.Value);

    /// <summary>
    /// Takes or extends the lease at the start of a tick; null when another live process holds it. A holder that ran on
    /// this machine and whose process is gone (killed, crashed) is not waited out. Taking it and losing it are each one line.
    /// </summary>
    public async Task<SchedulerLease?> AcquireAsync(RoadmapDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var lease = await db.SchedulerLeases.FirstOrDefaultAsync(l => l.Name == SchedulerLease.SingleName, ct);
        var from = lease is null || lease.Owner == Owner ? null : lease.Owner;
        var gone = from is not null && lease!.ExpiresAt > now && NodeName.IsGoneHere(from);
        if (lease is null)
        {
            lease = new SchedulerLease { Name = SchedulerLease.SingleName, Owner = Owner };
            db.SchedulerLeases.Add(lease);
        }
        else if (from is not null && lease.ExpiresAt > now && !Clustered && !gone)
        {
            if (_sending != false)
                logger.LogWarning("Another RoadmapBot process ({Owner}) sends the reminders of this database until {Until:u}; this one stays passive.",
                    lease.Owner, lease.ExpiresAt);
            _sending = false;
            return null;
        }
        var until = lease.ExpiresAt;
        lease.Owner = Owner;
        lease.ExpiresAt = now + Length;
        try
        {
            await db.SaveChangesAsync(ct);
            _renewedAt = now;
        }
        catch (DbUpdateException e) when (!DatabaseTrouble.Is(e))
        {
            return null;  // another process took the lease between our read and write; a locked database is the caller's to report
        }
        // On PostgreSQL Quartz hands the tick from node to node as it likes: that is no takeover worth a line.
        if (_sending != true && !Clustered)
            logger.LogInformation("This process ({Owner}) now sends the reminders of this database{From}.", Owner,
                from is null ? "" : gone ? $", taken at once from {from}: that process no longer runs on this machine" : $", taken from {from}, whose lease ended at {until:u}");
        _sending = true;
        return lease;
    }

    /// <summary>Between sends: true while the lease is still ours, renewed once a minute; false once another process has it.</summary>
    public async Task<bool> StillHeldAsync(CancellationToken ct)
    {
        if (Clustered || time.GetUtcNow() - _renewedAt < RenewAfter) return true;
        await _renewing.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            if (now - _renewedAt < RenewAfter) return true;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var renewed = await db.SchedulerLeases.Where(l => l.Name == SchedulerLease.SingleName && l.Owner == Owner)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now + Length), ct);
            if (renewed == 0)
            {
                logger.LogWarning("The reminder lease passed to another process; this one stops sending.");
                _sending = false;
                return false;
            }
            _renewedAt = now;
            return true;
        }
        finally
        {
            _renewing.Release();
        }
    }

    /// <summary>
    /// Gives the lease up on a clean shutdown, so a restarted process takes over at once. Never throws: a database that
    /// refuses the write (read-only, full, gone) leaves one line, and the lease runs out by itself.
    /// </summary>
    public async Task ReleaseAsync(CancellationToken ct)
    {
        if (_renewedAt == DateTimeOffset.MinValue) return;  // never held here: nothing to give back, and no write to try
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.SchedulerLeases.Where(l => l.Name == SchedulerLease.SingleName && l.Owner == Owner)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, time.GetUtcNow()), ct);
        }
        catch (Exception e)
        {
            logger.LogWarning("Stopping without handing the reminder lease back ({Reason}); another process takes over once it runs out at {Until:u}.",
                DatabaseTrouble.Reason(e), _renewedAt + Length);
        }
        _renewedAt = DateTimeOffset.MinValue;
    }
}
