using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Benchmarks.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Benchmarks.FanOut.Faults;

/// <summary>The fault run's own look at the database, between the sender's lives.</summary>
internal static class FaultDatabase
{
    /// <summary>The 08:00 kickoffs of the engine database's day, in the members' local time.</summary>
    public const string KickoffOccurrence = "2026-04-15T08:00";

    /// <summary>As in the fan-out: the scheduler already ran before 08:00, so the past day is recorded (as missed) first.</summary>
    public static async Task RecordPastDayAsync(string database)
    {
        var services = await EngineHost.StartAsync(database, new RunningClock(FanOutHarness.BeforeKickoff),
            s => s.Configure<RoadmapBotOptions>(o => o.DefaultTimeZone = FanOutHarness.Zone));
        try
        {
            var dispatcher = services.GetRequiredService<ReminderDispatcher>();
            await dispatcher.TickAsync(CancellationToken.None);
            await dispatcher.ReleaseAsync(CancellationToken.None);
        }
        finally
        {
            await EngineHost.StopAsync(services, database);
        }
    }

    /// <summary>Rows claimed (sending) and never recorded: what the killed process left in doubt.</summary>
    public static Task<List<string>> InDoubtAsync(string database) =>
        ReadAsync(database, db => db.Outbox.Where(o => o.State == OutboxState.Sending).Select(o => o.Key).ToListAsync());

    public static Task<List<OutboxEntry>> KickoffsAsync(string database) =>
        ReadAsync(database, db => db.Outbox.AsNoTracking().Where(o => o.Kind == ReminderKind.Kickoff && o.LocalOccurrence == KickoffOccurrence).ToListAsync());

    private static async Task<T> ReadAsync<T>(string database, Func<RoadmapDbContext, Task<T>> read)
    {
        var services = await EngineHost.StartAsync(database, TimeProvider.System);
        try
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContextAsync();
            return await read(db);
        }
        finally
        {
            await EngineHost.StopAsync(services, database);
        }
    }
}
