using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using Quartz.Impl;
using RoadmapBot.Core;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Host.Http;

namespace RoadmapBot.Host.Tests.Http;

/// <summary>What /readyz checks, one check at a time: the database and its migrations, the scheduler, each platform.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Database_MigratedAndReachable_IsHealthy()
    {
        using var db = new TempDatabase();
        await using var services = Core(o => o.Database = db.Path);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);

        var result = await CheckAsync(Database(services));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("Sqlite: reachable, takes writes, migrations applied", result.Description);
    }

    [Fact]
    public async Task Database_ThatRefusesWrites_IsUnhealthyAndSaysWhy()
    {
        using var db = new TempDatabase();
        await using var services = Core(o => o.Database = db.Path);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);

        // What a file the bot's user may not write looks like to SQLite: it opens, reads, and refuses every write.
        var result = await CheckAsync(new DatabaseReadiness(new ReadOnlyContexts(db.Path), TimeProvider.System));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Sqlite: reachable but refuses writes: SQLite Error 8: 'attempt to write a readonly database'.", result.Description);
    }

    [Fact]
    public async Task Database_LockedByALongWrite_IsBusyNotDown()
    {
        using var db = new TempDatabase();
        await using var services = Core(o => o.Database = db.Path);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        await CheckAsync(Database(services));  // the probe's row exists, as it does after the first probe

        using var holder = new SqliteConnection($"Data Source={db.Path};Pooling=False");
        holder.Open();
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }
        var result = await CheckAsync(Database(services));

        Assert.Equal(HealthStatus.Degraded, result.Status);  // still 200: a lock passes, restarting would not help
        Assert.StartsWith("Sqlite: reachable, busy", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_WithMigrationsNotApplied_IsUnhealthyAndSaysSo()
    {
        using var db = new TempDatabase();
        await using var services = Core(o => o.Database = db.Path);

        var result = await CheckAsync(Database(services));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("migrations pending", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_Unreachable_IsUnhealthyWithoutThePassword()
    {
        await using var services = Core(o => o.PostgreSql = $"Host=127.0.0.1;Port={ClosedPort()};Username=bot;Password=hunter2-secret;Timeout=3");

        var result = await CheckAsync(Database(services));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("unreachable", result.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Description, StringComparison.Ordinal);
        Assert.Null(result.Exception);  // the JSON answer stays one line, no stack trace
    }

    [Fact]
    public async Task Scheduler_OnlyWhileStartedAndNotInStandby_IsHealthy()
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddQuartz(q => q.ConfigureScheduler(o => o.InstanceName = "readiness-" + Guid.NewGuid().ToString("N")))
            .BuildServiceProvider();
        var factory = services.GetRequiredService<ISchedulerFactory>();
        var scheduler = await factory.GetScheduler(TestContext.Current.CancellationToken);
        var check = new SchedulerReadiness(factory);

        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(check)).Status);
        await scheduler.Start(TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(check)).Status);
        await scheduler.Standby(TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(check)).Status);
        await scheduler.Shutdown(waitForJobsToComplete: false, TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(check)).Status);
    }

    [Fact]
    public async Task Scheduler_WhoseJobStoreFails_IsUnhealthyWhileItLasts()
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddQuartz(q => q.ConfigureScheduler(o => o.InstanceName = "readiness-" + Guid.NewGuid().ToString("N")))
            .BuildServiceProvider();
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        await scheduler.Start(TestContext.Current.CancellationToken);
        var store = new StoreThatFails(scheduler) { Down = true };  // PostgreSQL, Quartz's job store there, is down
        var check = new SchedulerReadiness(new OneScheduler(store));

        var down = await CheckAsync(check);
        store.Down = false;
        var up = await CheckAsync(check);
        await scheduler.Shutdown(waitForJobsToComplete: false, TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.EndsWith("running, but its job store fails: Failed to connect to 127.0.0.1:5432", down.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, up.Status);
    }

    [Fact]
    public async Task Platform_FollowsItsAdaptersConnection()
    {
        var telegram = new FakeConnection(ChatPlatform.Telegram) { State = new ConnectionState(false, "getMe failed: connection refused") };
        var check = new PlatformReadiness(ChatPlatform.Telegram, [telegram, new FakeConnection(ChatPlatform.Discord)]);

        var down = await CheckAsync(check);
        telegram.State = new ConnectionState(true, "connected as @roadmapbot");
        var up = await CheckAsync(check);

        Assert.Equal((HealthStatus.Unhealthy, "getMe failed: connection refused"), (down.Status, down.Description));
        Assert.Equal((HealthStatus.Healthy, "connected as @roadmapbot"), (up.Status, up.Description));
    }

    [Fact]
    public async Task Platform_WhoseAdapterIsMissing_IsUnhealthy() =>
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(new PlatformReadiness(ChatPlatform.Discord, [new FakeConnection(ChatPlatform.Telegram)]))).Status);

    private static ServiceProvider Core(Action<RoadmapBotOptions> configure) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddLogging()
        .AddRoadmapCore(configure)
        .BuildServiceProvider();

    private static DatabaseReadiness Database(ServiceProvider services) =>
        new(services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>(), TimeProvider.System);

    private static Task<HealthCheckResult> CheckAsync(IHealthCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

    private static int ClosedPort()
    {
        using var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class ReadOnlyContexts(string path) : IDbContextFactory<RoadmapDbContext>
    {
        public RoadmapDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<RoadmapDbContext>().UseSqlite($"Data Source={path};Mode=ReadOnly;Pooling=False").Options);
    }

    /// <summary>A running scheduler whose store answers as a database that cannot be reached, while <see cref="Down"/>.</summary>
    private sealed class StoreThatFails(IScheduler scheduler) : DelegatingScheduler(scheduler)
    {
        public bool Down { get; set; }

        public override ValueTask<bool> Exists(JobKey jobKey, CancellationToken cancellationToken = default) => Down
            ? throw new JobPersistenceException("Failed to obtain DB connection from data source 'quartz'",
                new Npgsql.NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111)))
            : base.Exists(jobKey, cancellationToken);
    }

    private sealed class OneScheduler(IScheduler scheduler) : ISchedulerFactory
    {
        public ValueTask<List<IScheduler>> GetAllSchedulers(CancellationToken cancellationToken = default) => new([scheduler]);

        public ValueTask<IScheduler> GetScheduler(CancellationToken cancellationToken = default) => new(scheduler);

        public ValueTask<IScheduler?> LookupScheduler(string schedName, CancellationToken cancellationToken = default) => new(scheduler);
    }

    private sealed class FakeConnection(ChatPlatform platform) : IPlatformConnection
    {
        public ChatPlatform Platform => platform;

        public ConnectionState State { get; set; } = new(true, "connected");
    }
}
