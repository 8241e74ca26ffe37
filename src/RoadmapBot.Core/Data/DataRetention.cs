using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Core.Data;

/// <summary>
/// Keeps the database from growing without end: audit rows (what /undo reads, 24 hours at most) and wrong link codes
/// go after 90 days, handled-update records and handled inbox rows once no platform can send that update again. Run once a day.
/// </summary>
public sealed class DataRetention(IDbContextFactory<RoadmapDbContext> contexts, TimeProvider time, ILogger<DataRetention> logger)
{
    public static readonly TimeSpan AuditKeptFor = TimeSpan.FromDays(90);
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    private DateTimeOffset _lastRun = DateTimeOffset.MinValue;

    public async Task PruneAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (auditCut, handledCut) = (now - AuditKeptFor, now - HandledUpdate.KeptFor);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var audit = await db.Audit.Where(a => a.At < auditCut).ExecuteDeleteAsync(ct);
        var attempts = await db.LinkAttempts.Where(a => a.At < auditCut).ExecuteDeleteAsync(ct);
        // Kept far longer than any redelivery (Telegram holds updates 24 hours), so dropping them never lets one run twice.
        var handled = await db.HandledUpdates.Where(h => h.At < handledCut).ExecuteDeleteAsync(ct);
        // A handled inbox row only keeps its key against a late retry; one that never ran stays to be handled.
        handled += await db.Inbox.Where(e => e.HandledAt < handledCut).ExecuteDeleteAsync(ct);
        _lastRun = now;
        if (audit + attempts + handled > 0)
            logger.LogInformation("Pruned {Audit} audit rows and {Attempts} link attempts older than {Days} days, {Handled} handled-update records",
                audit, attempts, AuditKeptFor.Days, handled);
    }

    /// <summary>Prunes when a day has passed since this process last did; true when it ran.</summary>
    public async Task<bool> PruneIfDueAsync(CancellationToken ct)
    {
        if (time.GetUtcNow() - _lastRun < Every)
            return false;
        await PruneAsync(ct);
        return true;
    }
}
