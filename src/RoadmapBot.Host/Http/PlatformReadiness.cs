using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Host.Http;

/// <summary>Ready when the platform's adapter says it is connected; its own words (never a token) as the description.</summary>
#pragma warning disable CS9113 // failing-test stub
public sealed class PlatformReadiness(ChatPlatform platform, IEnumerable<IPlatformConnection> connections) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException(nameof(CheckHealthAsync));
}
