using Microsoft.Extensions.Logging;
using Quartz;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Host.Jobs;

/// <summary>One scheduler tick, then re-armed for the next due instant: within a second of it, and at least every 20 seconds.</summary>
[DisallowConcurrentExecution]
public sealed class SendDueRemindersJob(ReminderDispatcher dispatcher, TimeProvider time, DatabaseTrouble trouble, ILogger<SendDueRemindersJob> logger) : IJob
{
    public static readonly JobKey Key = new("send-due-reminders");
    private static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(20);  // picks up new members and changed settings quickly

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var wait = Longest;
        try
        {
            var result = await dispatcher.TickAsync(cancellationToken);
            wait = result.NextTick - time.GetUtcNow();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && DatabaseTrouble.Is(e))
        {
            trouble.Report(e, "the reminder tick");
            wait = TimeSpan.FromSeconds(30);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Reminder tick failed; trying again shortly");
            wait = TimeSpan.FromSeconds(30);
        }
        wait = wait < Shortest ? Shortest : wait > Longest ? Longest : wait;
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
