using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
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

        var result = await CheckAsync(new DatabaseReadiness(services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>()));

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Database_WithMigrationsNotApplied_IsUnhealthyAndSaysSo()
    {
        using var db = new TempDatabase();
        await using var services = Core(o => o.Database = db.Path);

        var result = await CheckAsync(new DatabaseReadiness(services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>()));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("migrations pending", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_Unreachable_IsUnhealthyWithoutThePassword()
    {
        await using var services = Core(o => o.PostgreSql = $"Host=127.0.0.1;Port={ClosedPort()};Username=bot;Password=hunter2-secret;Timeout=3");

        var result = await CheckAsync(new DatabaseReadiness(services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>()));

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

    private static Task<HealthCheckResult> CheckAsync(IHealthCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

    private static int ClosedPort()
    {
        using var socket = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        socket.Start();
        return ((System.Net.IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class FakeConnection(ChatPlatform platform) : IPlatformConnection
    {
        public ChatPlatform Platform => platform;

        public ConnectionState State { get; set; } = new(true, "connected");
    }
}
