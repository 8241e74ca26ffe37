using Microsoft.Extensions.Logging;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Reminders;

/// <summary>
/// One turn of the reminder loop, whatever runs it (the host's Quartz job): a tick, and how long until the next.
/// A database problem backs off and is logged at most once a minute; any other failure is logged and retried.
/// </summary>
public sealed class ReminderLoop(ReminderDispatcher dispatcher, TimeProvider time, DatabaseTrouble trouble, ILogger<ReminderLoop> logger)
{
    public static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(20);  // picks up new members and changed settings quickly
    public static readonly TimeSpan AfterTrouble = TimeSpan.FromSeconds(30);

    /// <summary>Runs one tick; returns the wait before the next, between <see cref="Shortest"/> and <see cref="Longest"/>.</summary>
    public async Task<TimeSpan> TickAsync(CancellationToken ct)
    {
        TimeSpan wait;
        try
        {
            var result = await dispatcher.TickAsync(ct);
            wait = result.NextTick - time.GetUtcNow();
        }
        catch (Exception e) when (!ct.IsCancellationRequested && DatabaseTrouble.Is(e))
        {
            trouble.Report(e, "the reminder tick");
            return AfterTrouble;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogError(e, "Reminder tick failed; trying again shortly");
            return AfterTrouble;
        }
        return wait < Shortest ? Shortest : wait > Longest ? Longest : wait;
    }
}
