using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Host.Jobs;

namespace RoadmapBot.Host;

/// <summary>
/// The "when": Quartz runs one self-re-arming job that asks Core what is due, and an hourly check that prunes old data once a day. The outbox, not Quartz, is the durable state.
/// On SQLite the schedule is in memory (one process sends); on PostgreSQL Quartz's clustered store shares it between
/// instances, so the tick runs on one node at a time and a node that dies mid-tick is recovered by another.
/// </summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddReminderScheduling(this IServiceCollection services, string? postgreSql = null)
    {
        services.AddHostedService<ReminderLeaseRelease>();  // registered first so it stops after Quartz
        // Quartz's warnings and errors reach the console only through QuartzLog: once a minute per kind, no stack traces.
        services.AddSingleton<ILoggerProvider, QuartzLog>();
        services.AddLogging(b => b.AddFilter(QuartzLog.Source, LogLevel.None).AddFilter<QuartzLog>(QuartzLog.Source, LogLevel.Warning));
        // Quartz's instance id is the name this node claims rows under: a claim's node is alive while its scheduler checks in.
        var node = NodeName.New();
        services.AddSingleton(node);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = ClusterNodes.SchedulerName;
                o.InstanceId = node.Value;
            });
            if (string.IsNullOrWhiteSpace(postgreSql))
                q.UseInMemoryStore();
            else
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(NpgsqlFactory.Instance, postgreSql);
                    store.UseSystemTextJsonSerializer();
                    // Tables come from our PostgreSQL migration (QuartzClusterTables); Quartz only checks them at start.
                    store.ConfigureStore(o => o.SchemaProvisioning = SchemaProvisioning.Validate);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = ClusterNodes.CheckinInterval;
                        c.CheckinMisfireThreshold = ClusterNodes.CheckinMisfireThreshold;
                    });
                });
            q.AddJob<SendDueRemindersJob>(j => j.WithIdentity(SendDueRemindersJob.Key).StoreDurably().RequestRecovery());
            q.AddTrigger<IJob>(t => t.ForJob(SendDueRemindersJob.Key).WithIdentity("first-tick").StartNow());
            q.AddJob<PruneOldDataJob>(j => j.WithIdentity(PruneOldDataJob.Key).StoreDurably());
            // Not at start-up, where it would compete with the first commands: an hour after start (Quartz runs on the wall clock), then every hour.
            q.AddTrigger<IJob>(t => t.ForJob(PruneOldDataJob.Key).WithIdentity("hourly-prune-check").StartAt(DateTimeOffset.UtcNow.AddHours(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
