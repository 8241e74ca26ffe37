using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using RoadmapBot.Core.Data;
using RoadmapBot.Host.Jobs;

namespace RoadmapBot.Host.Http;

/// <summary>
/// Ready when Quartz runs (started, not in standby, not shutting down) and its job store answers: on PostgreSQL the
/// store is the database, and a scheduler that cannot reach it fires nothing, however "running" it says it is.
/// </summary>
public sealed class SchedulerReadiness(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = (await schedulers.GetAllSchedulers(cancellationToken)).FirstOrDefault();
        if (scheduler is null) return HealthCheckResult.Unhealthy("no scheduler");
        if (scheduler.Status != SchedulerStatus.Running)
            return HealthCheckResult.Unhealthy($"{scheduler.SchedulerName} {scheduler.Status.ToString().ToLowerInvariant()}");
        try
        {
            // One read of the store: the in-memory one always answers, the PostgreSQL one only while the database does.
            await scheduler.Exists(SendDueRemindersJob.Key, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{scheduler.SchedulerName} running, but its job store fails: {DatabaseTrouble.Reason(e)}");
        }
        return HealthCheckResult.Healthy($"{scheduler.SchedulerName} running");
    }
}
