using Microsoft.Extensions.Hosting;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Host.Jobs;

/// <summary>On a clean shutdown, hands the scheduler lease back so a restarted bot sends at once.</summary>
public sealed class ReminderLeaseRelease(ReminderDispatcher dispatcher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => dispatcher.ReleaseAsync(cancellationToken);
}
