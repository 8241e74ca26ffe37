using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Verification;

namespace RoadmapBot.Core.Reminders;

/// <summary>The text of each kind of reminder, written from the member's roadmap and progress on the occurrence's day.</summary>
/// <remarks>
/// The space's roadmap view comes from the engine's <see cref="RoadmapCache"/> (a fan-out writes one reminder per member, and
/// /today costs no more), and the reminder's reads share one connection, as a command's do.
/// </remarks>
public sealed class ReminderMessages(IOptions<RoadmapBotOptions> options, HabitVerifier? verifier = null, RoadmapCache? roadmaps = null) : IReminderContent
{
    private readonly RoadmapCache _roadmaps = roadmaps ?? new RoadmapCache();

    public async Task<ChatReply?> BuildAsync(RoadmapDbContext db, ReminderRecipient recipient, OutboxEntry entry, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await WriteAsync(db, recipient, entry, now, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ChatReply?> WriteAsync(RoadmapDbContext db, ReminderRecipient recipient, OutboxEntry entry, DateTimeOffset now, CancellationToken ct)
    {
        if (await _roadmaps.GetAsync(db, recipient.Space.Id, await RoadmapStamp.ReadAsync(db, recipient.Space.Id, ct), ct) is not { } view)
            return null;
        if (recipient.Member is { } follower)
            view = await MemberPlan.ForAsync(db, view, follower.Id, ct);
        // A member's own reminder posted in the group shows the group only the metrics they share.
        if (recipient is { Member: { } sharer, Space.IsGroup: true } && ReminderSettings.Parse(sharer.Settings).DeliverHere)
            view = view.SharedBy(sharer);
        var scene = new ReminderScene
        {
            Db = db, View = view, Recipient = recipient, Entry = entry, CancellationToken = ct,
            Zone = TimeZones.Resolve(recipient.Member?.TimeZone, recipient.Space.TimeZone, options.Value.DefaultTimeZone),
            DefaultTimeZone = options.Value.DefaultTimeZone,
            DayStart = recipient.Member is { } member ? MemberDay.StartOf(member) : TimeOnly.MinValue,
            FreezesPerMonth = options.Value.FreezesPerMonth,
        };
        // A group (no member) only ever gets the digest; a member never does.
        if ((recipient.Member is null) != (entry.Kind == ReminderKind.Digest))
            return null;
        // A planned rest day is a day off: no kickoff, check-in or nudge about habits; agenda slots and the weekly review still come.
        if (entry.Kind is ReminderKind.Kickoff or ReminderKind.Checkin or ReminderKind.Nudge
            && AccountabilitySettings.Parse(scene.Member.Settings).RestDays.Contains(scene.Day))
            return null;
        // A verified habit is asked about first, so a member who pushed is not reminded of it.
        if (entry.Kind == ReminderKind.Checkin && verifier is not null)
            scene.Verified = await verifier.CheckAsync(db, scene.Member, scene.MemberDay, scene.Day, now, ct);
        var message = entry.Kind switch
        {
            ReminderKind.Kickoff => await KickoffMessage.BuildAsync(scene),
            ReminderKind.Agenda => await AgendaMessage.BuildAsync(scene),
            ReminderKind.Checkin => await CheckinMessage.BuildAsync(scene),
            ReminderKind.Review => await ReviewMessage.BuildAsync(scene),
            ReminderKind.Digest => await DigestMessage.BuildAsync(scene),
            ReminderKind.Nudge => await NudgeMessage.BuildAsync(scene),
            ReminderKind.BuddyNudge => await BuddyNudgeMessage.BuildAsync(scene),
            _ => null,
        };
        // A member's reminder in a group is theirs: its buttons act for them alone.
        return recipient is { Member: { } owner, Space.IsGroup: true } ? message?.MadeFor(owner.UserId) : message;
    }
}
