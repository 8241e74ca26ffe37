using Microsoft.Extensions.Hosting;

namespace RoadmapBot.Host.Startup;

/// <summary>
/// One compacting, decommitting collection <see cref="Settle"/> after the host started: what start-up allocated (configuration,
/// the EF model, the platforms' handshakes) goes back to the system instead of sitting in the idle bot's heap (issue 20).
/// </summary>
public sealed class StartupGarbageRelease(IHostApplicationLifetime lifetime, TimeProvider time, Action collect) : IHostedService, IDisposable
{
    /// <summary>After the adapters' first seconds (Telegram's getMe, Discord's READY), whose garbage should go too.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    private CancellationTokenRegistration _started;
    private ITimer? _timer;

    /// <summary>The documented way to return a heap's free memory: a blocking, compacting gen 2 collection in aggressive mode.</summary>
    public static void CollectAggressively() => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _started = lifetime.ApplicationStarted.Register(() => _timer = time.CreateTimer(_ => collect(), null, Settle, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _started.Dispose();
        _timer?.Dispose();
    }
}
