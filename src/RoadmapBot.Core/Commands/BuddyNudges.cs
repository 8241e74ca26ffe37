using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// /buddy nudge [PAIR]: queues one friendly message to the buddy in the outbox, at most one a day (the row's unique key), so
/// it is sent like every reminder: claimed, recorded, and sent again if a crash leaves it in doubt.
/// </summary>
public static class BuddyNudges
{
    public static async Task<ChatReply> SendAsync(CommandContext context, string pairId)
    {
        var (db, ct) = (context.Db, context.CancellationToken);
        // The check-in with the button may have landed in the member's private chat: the pair is found by who they are on this platform.
        var mine = db.Members.Where(m => m.UserId == context.Message.UserId
            && db.Spaces.Any(s => s.Id == m.SpaceId && s.Platform == context.Message.Platform)).Select(m => m.Id);
        var pairs = await db.BuddyPairs.AsNoTracking()
            .Where(p => p.ConfirmedAt != null && (mine.Contains(p.AskerId) || mine.Contains(p.BuddyId))).ToListAsync(ct);
        if (long.TryParse(pairId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            pairs = pairs.Where(p => p.Id == id).ToList();
        else if (context.Space.IsGroup)
            pairs = pairs.Where(p => p.SpaceId == context.Space.Id).ToList();
        if (pairs.Count != 1)
            return ChatReply.Text(pairs.Count == 0 ? "You have no buddy to nudge." : "You have buddies in several groups: tap Nudge in the check-in that names them.");
        var pair = pairs[0];
        var buddyId = await mine.ContainsAsync(pair.AskerId, ct) ? pair.BuddyId : pair.AskerId;
        var buddy = await db.Members.AsNoTracking().SingleAsync(m => m.Id == buddyId, ct);
        var space = await db.Spaces.AsNoTracking().SingleAsync(s => s.Id == pair.SpaceId, ct);
        var zone = TimeZones.Resolve(buddy.TimeZone, space.TimeZone, context.DefaultTimeZone);
        var key = $"m{buddy.Id}:{ReminderPlanner.Name(ReminderKind.BuddyNudge)}:{MemberDay.For(buddy, zone).Of(context.Now):yyyy-MM-dd}";
        if (await db.Outbox.AnyAsync(o => o.Key == key, ct))
            return ChatReply.Text($"You already sent {buddy.DisplayName} a nudge today; one a day keeps it friendly.");
        // Their quiet hours hold it back, as they hold back every reminder.
        var due = QuietHours.Defer(context.Now, zone, ReminderSettings.Parse(buddy.Settings).Quiet ?? []);
        db.Outbox.Add(new OutboxEntry
        {
            Key = key, SpaceId = space.Id, MemberId = buddy.Id, Kind = ReminderKind.BuddyNudge, State = OutboxState.Pending,
            LocalOccurrence = TimeZoneInfo.ConvertTime(context.Now, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            DueAt = due, DecidedAt = context.Now,
        });
        await context.SaveAsync();
        return ChatReply.Text(due > context.Now
            ? $"👋 {buddy.DisplayName} gets a friendly nudge from you when their quiet hours end (no one else is pinged)."
            : $"👋 {buddy.DisplayName} gets a friendly nudge from you shortly (no one else is pinged).");
    }
}
