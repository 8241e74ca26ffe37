using Microsoft.Extensions.Hosting;

namespace RoadmapBot.Host.Startup;

/// <summary>Placeholder: the behaviour comes with its fix.</summary>
public sealed class StartupGarbageRelease(IHostApplicationLifetime lifetime, TimeProvider time, Action collect) : IHostedService
{
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult((lifetime, time, collect));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
