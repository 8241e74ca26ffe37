using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoadmapBot.Benchmarks.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Telegram.Reminders;

namespace RoadmapBot.Benchmarks.FanOut.Faults;

/// <summary>
/// <c>fanout-faults-child DATABASE PLATFORM_URL CLOCK_START</c>: the sending process the fault run kills. It runs the
/// real scheduler ticks (lease, in-doubt check, claim, paced send, record) on its clock until nothing due is left.
/// </summary>
public static class FaultChild
{
    public const string Verb = "fanout-faults-child";
    public const string Done = "DONE";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var database, var url, var start])
        {
            await Console.Error.WriteLineAsync($"usage: {Verb} DATABASE PLATFORM_URL CLOCK_START");
            return 2;
        }
        var time = new RunningClock(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture));
        using var platform = new HttpPlatformSender(url);
        var services = await EngineHost.StartAsync(database, time, s => s
            .Configure<RoadmapBotOptions>(o => o.DefaultTimeZone = FanOutHarness.Zone)
            .AddSingleton<ILoggerProvider>(new LineLoggerProvider(Console.Out))
            .AddSingleton<IReminderSender>(new PacedReminderSender(platform, TelegramPacing.Limits, time)));
        try
        {
            var dispatcher = services.GetRequiredService<ReminderDispatcher>();
            var contexts = services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>();
            while (true)
            {
                var tick = await dispatcher.TickAsync(CancellationToken.None);
                if (tick.Active && !await AnythingDueAsync(contexts, time.GetUtcNow() + TimeSpan.FromMinutes(2)))
                    break;
                var wait = tick.NextTick - time.GetUtcNow();
                await Task.Delay(wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(5) : wait);
            }
            await dispatcher.ReleaseAsync(CancellationToken.None);
            Console.WriteLine(Done);
            return 0;
        }
        finally
        {
            await EngineHost.StopAsync(services, database);
        }
    }

    // Done when no row is being sent and none is pending within the next minutes (retries wait 30 s and more).
    private static async Task<bool> AnythingDueAsync(IDbContextFactory<RoadmapDbContext> contexts, DateTimeOffset horizon)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Outbox.AnyAsync(o => o.State == OutboxState.Sending || o.State == OutboxState.Pending && o.DueAt <= horizon);
    }
}
