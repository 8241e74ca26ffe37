using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace RoadmapBot.Host.Http;

/// <summary>Ready when Quartz runs: running (started, not in standby, not shutting down).</summary>
public sealed class SchedulerReadiness(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = (await schedulers.GetAllSchedulers(cancellationToken)).FirstOrDefault();
        return scheduler switch
        {
            null => HealthCheckResult.Unhealthy("no scheduler"),
            { Status: SchedulerStatus.Running } => HealthCheckResult.Healthy($"{scheduler.SchedulerName} running"),
            _ => HealthCheckResult.Unhealthy($"{scheduler.SchedulerName} {scheduler.Status.ToString().ToLowerInvariant()}"),
        };
    }
}
