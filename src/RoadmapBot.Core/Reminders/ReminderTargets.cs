using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Reminders;

/// <summary>Reads every member and group of every space with a roadmap as <see cref="ReminderTarget"/>s.</summary>
public static class ReminderTargets
{
    private static readonly ReminderKind[] Personal = [ReminderKind.Kickoff, ReminderKind.Checkin, ReminderKind.Review, ReminderKind.Nudge];

    public static async Task<List<ReminderTarget>> LoadAsync(RoadmapDbContext db, string defaultZone, DateTimeOffset agendaFrom,
        DateTimeOffset agendaUntil, CancellationToken ct, long? spaceId = null)
    {
        // Only the columns a tick needs: the roadmap's source text is large and not one of them.
        var spaces = await db.Spaces.AsNoTracking().Where(s => spaceId == null || s.Id == spaceId)
            .Join(db.Roadmaps, s => s.Id, r => r.SpaceId, (s, r) => new { Space = s, Roadmap = new { r.Id, r.Extras, r.ShiftDays, r.ImportedAt } })
            .ToListAsync(ct);
        // A linked account gets its reminders through its primary's chat (/link), never in its own; who left a group gets none of it.
        var members = (await db.Members.AsNoTracking().Where(m => (spaceId == null || m.SpaceId == spaceId) && m.LinkedToMemberId == null && m.LeftAt == null)
            .ToListAsync(ct)).ToLookup(m => m.SpaceId);
        // Agenda slots are local times: a day's margin on each side covers every zone.
        var slotFrom = agendaFrom.UtcDateTime.AddDays(-2);
        var slotUntil = agendaUntil.UtcDateTime.AddDays(2);
        var slots = (await db.Items.AsNoTracking().Where(i => i.Slot != null)
                .Select(i => new { i.RoadmapId, i.Key, Slot = i.Slot!.Value, i.InitialStatus }).ToListAsync(ct))
            .ToLookup(i => i.RoadmapId);
        var slotKeys = slots.SelectMany(g => g.Select(i => i.Key)).Distinct().ToList();
        var finished = slotKeys.Count == 0 ? [] : (await db.Progress.AsNoTracking()
                .Where(p => (p.Status == ItemStatus.Done || p.Status == ItemStatus.Skipped) && slotKeys.Contains(p.ItemKey))
                .Select(p => new { p.MemberId, p.ItemKey }).ToListAsync(ct))
            .Select(p => (p.MemberId, p.ItemKey)).ToHashSet();

        var targets = new List<ReminderTarget>();
        foreach (var (space, roadmap) in spaces.Select(x => (x.Space, x.Roadmap)))
        {
            var extras = RoadmapExtras.Parse(roadmap.Extras);
            var spaceZone = TimeZones.Resolve(null, space.TimeZone, defaultZone);
            var spaceSlots = slots[roadmap.Id].Select(s => (s.Key, Start: s.Slot.AddDays(roadmap.ShiftDays), s.InitialStatus))
                .Where(s => s.Start >= slotFrom && s.Start <= slotUntil).ToList();
            var group = SpaceReminderSettings.Parse(space.Settings);
            foreach (var member in members[space.Id])
            {
                var settings = ReminderSettings.Parse(member.Settings);
                if (settings.Unreachable || group.BotAbsent && settings.DeliverHere) continue;
                var agendaOn = settings.Schedules.GetValueOrDefault(ReminderKind.Agenda)?.Enabled ?? true;
                targets.Add(new ReminderTarget
                {
                    SpaceId = space.Id,
                    MemberId = member.Id,
                    Name = member.DisplayName,
                    SpaceName = space.ExternalId,
                    Zone = TimeZones.Resolve(member.TimeZone, space.TimeZone, defaultZone),
                    Schedules = Enabled(Personal, settings.Schedules, group.Schedules),
                    Quiet = settings.Quiet ?? extras.BusyWindows,
                    PausedUntil = settings.PausedUntil,
                    Snoozed = settings is { SnoozedKind: { } kind, SnoozedUntil: { } until } ? (kind, until) : null,
                    Since = settings.Since ?? member.JoinedAt,
                    Agenda = spaceSlots
                        .Where(s => agendaOn && s.InitialStatus != ItemStatus.Done && !finished.Contains((member.Id, s.Key)))
                        .Select(s => new AgendaSlot(s.Key, s.Start)).ToList(),
                });
            }
            if (space.IsGroup && !group.BotAbsent)
            {
                targets.Add(new ReminderTarget
                {
                    SpaceId = space.Id,
                    Name = space.ExternalId,
                    SpaceName = space.ExternalId,
                    Zone = spaceZone,
                    Schedules = Enabled([ReminderKind.Digest], group.Schedules),
                    Since = group.Since ?? roadmap.ImportedAt,
                });
            }
        }
        return targets;
    }

    /// <summary>A member's own setting wins over the group's (its review time), which wins over the product default.</summary>
    private static List<(ReminderKind, WeeklyTime)> Enabled(IEnumerable<ReminderKind> kinds, Dictionary<ReminderKind, ScheduleSetting> own,
        Dictionary<ReminderKind, ScheduleSetting>? group = null) =>
        kinds.Select(k => (Kind: k, Setting: own.GetValueOrDefault(k) ?? group?.GetValueOrDefault(k) ?? ReminderDefaults.For(k)))
            .Where(x => x.Setting.Enabled).Select(x => (x.Kind, x.Setting.Time)).ToList();
}
