using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace RoadmapBot.Host.Http;

/// <summary>Ready when Quartz runs: started, not in standby, not shut down.</summary>
#pragma warning disable CS9113 // failing-test stub
public sealed class SchedulerReadiness(ISchedulerFactory schedulers) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException(nameof(CheckHealthAsync));
}
