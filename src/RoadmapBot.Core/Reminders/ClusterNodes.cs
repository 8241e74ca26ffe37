using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Reminders;

/// <summary>
/// Which nodes of a PostgreSQL cluster are alive, as Quartz's clustered store knows them: each node's scheduler, named
/// after its <see cref="ReminderLease.Owner"/>, stamps its row in qrtz_scheduler_state every <see cref="CheckinInterval"/>,
/// and the others take a node later than <see cref="CheckinMisfireThreshold"/> past that for dead and recover its jobs.
/// </summary>
public static class ClusterNodes
{
    public const string SchedulerName = "RoadmapBot";
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(15);

    /// <summary>The nodes whose last check-in is recent enough at <paramref name="now"/> for Quartz to count them alive.</summary>
    public static async Task<HashSet<string>> AliveAsync(RoadmapDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        // Quartz stores instants as UTC ticks.
        var since = (now - CheckinInterval - CheckinMisfireThreshold).UtcTicks;
        var names = await db.Database.SqlQuery<string>($"""
            SELECT instance_name AS "Value" FROM qrtz_scheduler_state WHERE sched_name = {SchedulerName} AND last_checkin_time >= {since}
            """).ToListAsync(ct);
        return [.. names];
    }
}
