using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Host.Http;

/// <summary>Ready when the database answers and every migration of its provider is applied.</summary>
public sealed class DatabaseReadiness(IDbContextFactory<RoadmapDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName?.Split('.').Last()}: reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"migrations pending: {string.Join(", ", pending)}");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The exception's type and message only: no stack trace in the answer, and Npgsql's messages carry no password.
            return HealthCheckResult.Unhealthy($"unreachable: {e.GetType().Name}: {e.Message}");
        }
    }
}
