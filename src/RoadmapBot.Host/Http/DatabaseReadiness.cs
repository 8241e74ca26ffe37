using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Host.Http;

/// <summary>Ready when the database answers and every migration of its provider is applied.</summary>
#pragma warning disable CS9113 // failing-test stub: the parameters are read by the fix
public sealed class DatabaseReadiness(IDbContextFactory<RoadmapDbContext> contexts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException(nameof(CheckHealthAsync));
}
