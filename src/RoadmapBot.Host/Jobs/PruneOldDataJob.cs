using Microsoft.Extensions.Logging;
using Quartz;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Host.Jobs;

/// <summary>Asked every hour; prunes old audit rows, link attempts and handled updates once a day (<see cref="DataRetention"/> decides).</summary>
[DisallowConcurrentExecution]
public sealed class PruneOldDataJob(DataRetention retention, DatabaseTrouble trouble, ILogger<PruneOldDataJob> logger) : IJob
{
    public static readonly JobKey Key = new("prune-old-data");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await retention.PruneIfDueAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && DatabaseTrouble.Is(e))
        {
            trouble.Report(e, "pruning old data");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Pruning old data failed; trying again in an hour");
        }
    }
}
