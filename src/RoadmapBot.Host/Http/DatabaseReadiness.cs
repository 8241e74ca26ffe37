using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Host.Http;

/// <summary>
/// Ready when the database answers, every migration of its provider is applied, and it takes a write: a database that
/// refuses every write (a read-only file, a full disk) is down for a bot, though it still answers reads.
/// </summary>
public sealed class DatabaseReadiness(IDbContextFactory<RoadmapDbContext> contexts, TimeProvider time) : IHealthCheck
{
    /// <summary>The lease table's row the probe rewrites: no reader looks it up, and one small committed write is the whole cost.</summary>
    public const string ProbeRow = "readiness-probe";

    // A lock held by a long import is no outage: the probe waits this long for it, then reports busy, not down.
    private static readonly TimeSpan ProbeWait = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var provider = db.Database.ProviderName?.Split('.').Last();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
                return HealthCheckResult.Unhealthy($"migrations pending: {string.Join(", ", pending)}");
            try
            {
                await ProbeWriteAsync(db, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && DatabaseTrouble.IsBusy(e))
            {
                return HealthCheckResult.Degraded($"{provider}: reachable, busy (a write waited {ProbeWait.TotalSeconds:0} s): {DatabaseTrouble.Reason(e)}");
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy($"{provider}: reachable but refuses writes: {DatabaseTrouble.Reason(e)}");
            }
            return HealthCheckResult.Healthy($"{provider}: reachable, takes writes, migrations applied");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The exception's type and message only: no stack trace in the answer, and Npgsql's messages carry no password.
            return HealthCheckResult.Unhealthy($"unreachable: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>One committed write, the way every command writes: a read-only file or a full disk fails it.</summary>
    private async Task ProbeWriteAsync(RoadmapDbContext db, CancellationToken ct)
    {
        db.Database.SetCommandTimeout(ProbeWait);
        var now = time.GetUtcNow();
        if (await db.SchedulerLeases.Where(l => l.Name == ProbeRow).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), ct) > 0)
            return;
        db.SchedulerLeases.Add(new SchedulerLease { Name = ProbeRow, Owner = ProbeRow, ExpiresAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 } or DbException { SqlState: "23505" })
        {
            // A unique violation: another instance inserted the row first: its write went through, so the database takes writes.
        }
    }
}
