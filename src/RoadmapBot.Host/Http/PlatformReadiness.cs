using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Host.Http;

/// <summary>Ready when the platform's adapter says it is connected; its own words (never a token) as the description.</summary>
public sealed class PlatformReadiness(ChatPlatform platform, IEnumerable<IPlatformConnection> connections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connections.FirstOrDefault(c => c.Platform == platform)?.State switch
        {
            null => HealthCheckResult.Unhealthy($"no {platform} adapter runs"),
            { Connected: true } state => HealthCheckResult.Healthy(state.Detail),
            var state => HealthCheckResult.Unhealthy(state.Detail),
        });
}
