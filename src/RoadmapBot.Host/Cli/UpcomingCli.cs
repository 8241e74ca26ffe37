using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Host.Cli;

/// <summary><c>roadmapbot upcoming</c>: the occurrences the current settings give, one line each, quiet-hour deferral applied.</summary>
public sealed class UpcomingCli(IDbContextFactory<RoadmapDbContext> contexts, IOptions<RoadmapBotOptions> options, TimeProvider time)
{
    public async Task<int> RunAsync(CliArguments cli, TextWriter output, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        long? spaceId = null;
        if (cli.Space != "me" || await db.Spaces.AnyAsync(s => s.ExternalId == cli.Space, ct))
        {
            spaceId = await db.Spaces.Where(s => s.ExternalId == cli.Space).Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);
            if (spaceId is null)
            {
                await output.WriteLineAsync($"No space '{cli.Space}' in this database.");
                return 1;
            }
        }
        var now = time.GetUtcNow();
        var start = cli.From is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1) : now;
        var targets = await ReminderTargets.LoadAsync(db, options.Value.DefaultTimeZone, start, start.AddDays(cli.Days + 2), ct, spaceId);
        var lines = targets.SelectMany(t => Upcoming(t, cli, now)).OrderBy(l => l.DueAt).ThenBy(l => l.Text, StringComparer.Ordinal).ToList();
        foreach (var line in lines) await output.WriteLineAsync(line.Text);
        if (lines.Count == 0) await output.WriteLineAsync("Nothing scheduled in that period.");
        return 0;
    }

    private static IEnumerable<(DateTimeOffset DueAt, string Text)> Upcoming(ReminderTarget target, CliArguments cli, DateTimeOffset now)
    {
        var from = cli.From is { } day ? OccurrenceCalculator.ToInstant(day.ToDateTime(TimeOnly.MinValue), target.Zone).AddTicks(-1) : now;
        foreach (var o in ReminderPlanner.Occurrences(target, from, from.AddDays(cli.Days)))
        {
            var local = TimeZoneInfo.ConvertTime(o.DueAt, target.Zone);
            var paused = target.PausedUntil is { } until && o.LocalDate <= until ? "  (paused)" : "";
            yield return (o.DueAt, string.Create(CultureInfo.InvariantCulture,
                $"{local:yyyy-MM-dd HH:mm zzz}  ({o.DueAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC)  {ReminderPlanner.Name(o.Kind),-7}  member={target.Name}  space={target.SpaceName}{paused}"));
        }
    }
}
