using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RoadmapBot.Host.Jobs;

namespace RoadmapBot.Host;

/// <summary>The "when": Quartz runs one self-re-arming job that asks Core what is due. The outbox, not Quartz, is the durable state.</summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddReminderScheduling(this IServiceCollection services)
    {
        services.AddHostedService<ReminderLeaseRelease>();  // registered first so it stops after Quartz
        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            q.AddJob<SendDueRemindersJob>(j => j.WithIdentity(SendDueRemindersJob.Key).StoreDurably());
            q.AddTrigger<IJob>(t => t.ForJob(SendDueRemindersJob.Key).WithIdentity("first-tick").StartNow());
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
