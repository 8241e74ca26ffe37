using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>/remind on its own: each reminder with on/off, time, days and when it next comes, in the member's zone.</summary>
public static class RemindOverview
{
    private static readonly ReminderKind[] Personal = [ReminderKind.Kickoff, ReminderKind.Checkin, ReminderKind.Review, ReminderKind.Nudge];

    public static async Task<ChatReply> BuildAsync(CommandContext context)
    {
        var (zone, now) = (context.Zone, context.Now);
        var settings = ReminderSettings.Parse(context.Member.Settings);
        var busy = await RemindCommand.BusyWindowsAsync(context);
        var quiet = settings.Quiet ?? busy;
        var group = SpaceReminderSettings.Parse(context.Space.Settings);
        var reply = new ReplyBuilder().Line(Span.Bold("Your reminders"), $" ({zone.Id})");
        foreach (var kind in Personal)
        {
            var setting = settings.Schedules.GetValueOrDefault(kind) ?? ReminderDefaults.For(kind);
            Bullet(reply, kind, setting, NextReminder.Of(setting, zone, quiet, settings.PausedUntil, now), zone);
        }
        var agenda = settings.Schedules.GetValueOrDefault(ReminderKind.Agenda)?.Enabled ?? true;
        var slots = await SlotsAsync(context);
        if (slots.Count > 0)
        {
            var next = agenda ? NextReminder.Of(slots, zone, quiet, settings.PausedUntil, now) : null;
            reply.Bullet(Span.Bold("agenda"), agenda ? ": on, at each dated slot's start" : ": off", next is { } n ? $" — next {ReminderNames.When(n, zone)}" : "");
        }
        reply.Line("Quiet hours: ", quiet.Count == 0 ? "none" : QuietCommand.Describe(quiet), settings.Quiet is null && busy.Count > 0 ? " (your roadmap's busy windows)" : "");
        if (settings.PausedUntil is { } paused && paused >= context.Today)
            reply.Line($"⏸️ Paused until {Progress.Show.Date(paused)} — /resume to restart.");
        if (context.Space.IsGroup)
        {
            reply.Line("Personal reminders go to ", settings.DeliverHere ? "this group" : "our private chat", " (/remind to dm|here).");
            if (context.IsAdmin)
            {
                var groupZone = context.ZoneOf(null);
                reply.Line(Span.Bold("The group's schedules"), $" ({groupZone.Id}, admins change them)");
                foreach (var kind in new[] { ReminderKind.Digest, ReminderKind.Review })
                {
                    var setting = group.Schedules.GetValueOrDefault(kind) ?? ReminderDefaults.For(kind);
                    Bullet(reply, kind, setting, NextReminder.Of(setting, groupZone, [], null, now), groupZone);
                }
            }
        }
        return reply.Line("Change one with ", Span.Code("/remind kickoff 07:15 weekdays"), " or ", Span.Code("/remind checkin off"), ".").Build();
    }

    private static void Bullet(ReplyBuilder reply, ReminderKind kind, ScheduleSetting setting, DateTimeOffset? next, TimeZoneInfo zone) =>
        reply.Bullet(Span.Bold(ReminderNames.Show(kind)), setting.Enabled ? $": on, {ScheduleWords.Describe(setting)}" : ": off",
            next is { } n ? $" — next {ReminderNames.When(n, zone)}" : "");

    // Local start times of the open dated slots, moved by the plan's shift, as the scheduler reads them.
    private static async Task<List<DateTime>> SlotsAsync(CommandContext context)
    {
        var roadmap = await context.Db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.SpaceId == context.Space.Id, context.CancellationToken);
        if (roadmap is null)
            return [];
        var finished = await context.Db.Progress.AsNoTracking()
            .Where(p => p.MemberId == context.Member.Id && (p.Status == Roadmaps.ItemStatus.Done || p.Status == Roadmaps.ItemStatus.Skipped))
            .Select(p => p.ItemKey).ToListAsync(context.CancellationToken);
        var slots = await context.Db.Items.AsNoTracking()
            .Where(i => i.RoadmapId == roadmap.Id && i.Slot != null && i.InitialStatus != Roadmaps.ItemStatus.Done && !finished.Contains(i.Key))
            .Select(i => i.Slot!.Value).ToListAsync(context.CancellationToken);
        return slots.Select(s => s.AddDays(roadmap.ShiftDays)).ToList();
    }
}
