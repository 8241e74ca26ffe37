using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Quartz;
using RoadmapBot.Host.Jobs;
using RoadmapBot.Tests;

namespace RoadmapBot.Host.Tests.Jobs;

/// <summary>Quartz's job store during a PostgreSQL outage, as the scheduling area wires its log: a few clear lines, not a flood of stack traces.</summary>
public sealed class QuartzLogTests
{
    [Fact]
    public async Task DatabaseOutage_ReadsAsOneLinePerKindAMinute_WithTheReasonAndNoStackTrace()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var logs = new CapturedLogs();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(time)
            .AddReminderScheduling()
            .BuildServiceProvider();
        var factory = services.GetRequiredService<ILoggerFactory>();
        var cluster = factory.CreateLogger("Quartz.Impl.AdoJobStore.ClusterManager");
        var store = factory.CreateLogger("Quartz.Impl.AdoJobStore.LocalTransactionJobStore");

        // What Quartz writes every second or two while the database refuses connections.
        for (var i = 0; i < 20; i++)
        {
            cluster.LogError(new EventId(3514), Down(), "Error managing cluster: {Reason}", Down().ToString());  // the text, stack trace and all
            store.LogWarning(new EventId(3038), Down(), "Transient exception on attempt 1 of 3 in ExecuteInLocalTransactionLock, will retry after 00:00:01");
        }
        time.Advance(TimeSpan.FromMinutes(1));
        cluster.LogError(new EventId(3514), Down(), "Error managing cluster: {Reason}", Down().ToString());

        var lines = logs.Lines.Select(l => l.Line).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("RoadmapBot.Host.Jobs.QuartzLog: ", l[(l.IndexOf(' ') + 1)..], StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain("   at ", l, StringComparison.Ordinal));
        Assert.Contains("LocalTransactionJobStore: Transient exception on attempt 1 of 3 in ExecuteInLocalTransactionLock, will retry after 00:00:01: Failed to connect to 127.0.0.1:5432 (0 more like it", lines[1], StringComparison.Ordinal);
        Assert.Contains("ClusterManager: Error managing cluster: Quartz.JobPersistenceException: Failed to obtain DB connection from data source 'quartz': Failed to connect to 127.0.0.1:5432 (19 more like it", lines[2], StringComparison.Ordinal);
    }

    private static JobPersistenceException Down() =>
        new("Failed to obtain DB connection from data source 'quartz'", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException(111)));
}
