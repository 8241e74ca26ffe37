using Microsoft.Extensions.Options;

namespace RoadmapBot.Core.Dashboard;

/// <summary>The address from RoadmapBot:Http:PublicUrl, without a trailing slash; null when it is unset.</summary>
public sealed class ConfiguredDashboardAddress(IOptions<DashboardOptions> options) : IDashboardAddress
{
    public ValueTask<string?> BaseUrlAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(string.IsNullOrWhiteSpace(options.Value.PublicUrl) ? null : options.Value.PublicUrl.Trim().TrimEnd('/'));
}
