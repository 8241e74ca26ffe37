using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RoadmapBot.Core;
using RoadmapBot.Core.Data;
using RoadmapBot.Host.Jobs;

namespace RoadmapBot.Host.Tests.Jobs;

/// <summary>With PostgreSQL, Quartz keeps its schedule there and clusters; with SQLite it stays in memory.</summary>
public sealed class ClusteredSchedulerTests
{
    [Fact]
    public async Task Scheduling_OnPostgreSql_IsAClusteredAdoStoreWithARecoverableReminderJob()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.PostgreSql);
        await using var services = Services(store);
        var ct = TestContext.Current.CancellationToken;

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.Start(ct);
        try
        {
            var meta = await scheduler.GetMetadata(ct);
            Assert.True(meta.JobStoreClustered);
            Assert.True(meta.JobStorePersistent);
            Assert.Equal("RoadmapBot", meta.SchedulerName);
            var job = await scheduler.GetJobDetail(SendDueRemindersJob.Key, ct);
            Assert.NotNull(job);
            Assert.True(job.RequestsRecovery, "a node that dies mid-run hands the tick to another");
            Assert.True(job.ConcurrentExecutionDisallowed, "one tick at a time across the cluster");
        }
        finally
        {
            await scheduler.Shutdown(false, ct);
        }
    }

    [Fact]
    public async Task Scheduling_OnPostgreSqlWithoutQuartzTables_FailsSchemaValidationAtStart()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.PostgreSql, migrated: false);
        await using var services = Services(store);
        var ct = TestContext.Current.CancellationToken;

        var error = await Record.ExceptionAsync(async () =>
        {
            var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
            await scheduler.Start(ct);
            await scheduler.Shutdown(false, ct);
        });

        Assert.NotNull(error);
    }

    [Fact]
    public async Task Scheduling_OnSqlite_KeepsTheInMemoryStore()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await using var services = Services(store);
        var ct = TestContext.Current.CancellationToken;

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        var meta = await scheduler.GetMetadata(ct);

        Assert.False(meta.JobStoreClustered);
        Assert.False(meta.JobStorePersistent);
        await scheduler.Shutdown(false, ct);
    }

    private static ServiceProvider Services(TestStore store)
    {
        var options = new RoadmapBotOptions();
        store.Apply(options);
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddRoadmapCore(store.Apply)
            .AddReminderScheduling(options.PostgreSql)
            .BuildServiceProvider();
    }
}
