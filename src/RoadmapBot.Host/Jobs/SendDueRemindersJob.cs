using Microsoft.Extensions.Logging;
using Quartz;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Host.Jobs;

/// <summary>One scheduler tick, then re-armed for the next due instant: within a second of it, and at least every 20 seconds.</summary>
[DisallowConcurrentExecution]
public sealed class SendDueRemindersJob(ReminderLoop loop, ILogger<SendDueRemindersJob> logger) : IJob
{
    public static readonly JobKey Key = new("send-due-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var wait = await loop.TickAsync(cancellationToken);
        // Relative to the scheduler's own fire time, so it holds whichever clock Quartz runs on.
        var next = TriggerBuilder.Create().WithIdentity("next-tick").ForJob(Key).StartAt(context.FireTimeUtc + wait).Build();
        try
        {
            var scheduled = await context.Scheduler.ScheduleTrigger(next, TriggerConflict.Replace, cancellationToken);
            logger.LogDebug("Next reminder tick in {Wait}: {Outcome}", wait, scheduled.Outcome);
        }
        catch (SchedulerException) when (context.Scheduler.Status is SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown)
        {
            // The app is stopping (e.g. right after start-up): there is no next tick to arm.
        }
    }
}
