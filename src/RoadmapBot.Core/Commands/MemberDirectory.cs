using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// Finds or creates the message's space and member, and reads the space's roadmap stamp. In a private chat the member is admin.
/// A private-chat account linked to another platform's (/link) resolves to that account's space and member, here and only here.
/// </summary>
public static class MemberDirectory
{
    public static async Task<Sender> EnsureAsync(RoadmapDbContext db, ChatMessage message, DateTimeOffset now, CancellationToken ct)
    {
        var key = message.DeliveryKey;
        var found = await SenderQuery.ReadAsync(db, message, ct);
        var space = found?.Space;
        if (space is null)
        {
            space = new Space { Platform = message.Platform, ExternalId = message.SpaceId, IsGroup = message.IsGroup, CreatedAt = now };
            db.Spaces.Add(space);
            await db.SaveChangesAsync(ct);
        }
        var member = found?.Member;
        if (member is null)
        {
            member = new Member { SpaceId = space.Id, UserId = message.UserId, DisplayName = Name(message), IsAdmin = !space.IsGroup, JoinedAt = now };
            db.Members.Add(member);
        }
        var stored = (member.IsAdmin, member.AdminConfirmedAt, member.DisplayName, member.Username, member.LeftAt, member.Settings);
        FollowPlatformAdmin(space, member, message, now);
        member.DisplayName = Name(message);
        member.Username = message.Username;
        // Someone who writes in the group is in it, whatever was heard of them leaving.
        member.LeftAt = null;
        // A member the platform reported unreachable (blocked the bot, left) who writes again can be reached again.
        if (ReminderSettings.Parse(member.Settings) is { Unreachable: true } settings)
            member.Settings = (settings with { Unreachable = false }).ToJson();
        // Most messages change nothing here: no SaveChanges (and its DetectChanges) for them.
        if (member.Id == 0 || stored != (member.IsAdmin, member.AdminConfirmedAt, member.DisplayName, member.Username, member.LeftAt, member.Settings))
            await db.SaveChangesAsync(ct);
        var handled = found is null || key is null ? (bool?)null : found.Handled;
        if (member.LinkedToMemberId is { } primaryId)
        {
            if (await PrimaryAsync(db, primaryId, ct) is { } primary)
                return primary with { Handled = handled };
            member.LinkedToMemberId = null;
            await db.SaveChangesAsync(ct);
        }
        return new Sender { Space = space, Member = member, Roadmap = found?.Roadmap, PlanShifted = found?.PlanShifted ?? false, Handled = handled };
    }

    /// <summary>
    /// The member a command names: by user id (what a platform mention resolves to), by platform username, with or without
    /// its @, or by display name. Null when none is called that.
    /// </summary>
    public static Member? Find(IReadOnlyCollection<Member> members, string name)
    {
        var bare = name.Trim().TrimStart('@');
        return members.FirstOrDefault(m => m.UserId == bare)
            ?? members.FirstOrDefault(m => m.Username is { } username && username.Equals(bare, StringComparison.OrdinalIgnoreCase))
            ?? members.FirstOrDefault(m => m.DisplayName.Equals(bare, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The account the message came from, as stored, without following a link (what /link manages).</summary>
    public static Task<Member> AccountAsync(RoadmapDbContext db, ChatMessage message, CancellationToken ct) =>
        Account(db, message).SingleAsync(ct);

    /// <summary>The display name of the message's sender in its space, as stored; null when they never wrote there.</summary>
    public static Task<string?> NameAsync(RoadmapDbContext db, ChatMessage message, CancellationToken ct) =>
        Account(db, message).Select(m => (string?)m.DisplayName).FirstOrDefaultAsync(ct);

    private static IQueryable<Member> Account(RoadmapDbContext db, ChatMessage message) =>
        db.Members.Where(m => m.UserId == message.UserId
            && db.Spaces.Any(s => s.Id == m.SpaceId && s.Platform == message.Platform && s.ExternalId == message.SpaceId));

    // A linked account acts as its primary: the primary's private space, member and roadmap, so every command shares one progress.
    private static async Task<Sender?> PrimaryAsync(RoadmapDbContext db, long primaryId, CancellationToken ct)
    {
        if (await db.Members.FirstOrDefaultAsync(m => m.Id == primaryId, ct) is not { } primary)
            return null;
        var space = await db.Spaces.SingleAsync(s => s.Id == primary.SpaceId, ct);
        return new Sender { Space = space, Member = primary, Roadmap = await RoadmapStamp.ReadAsync(db, space.Id, ct) };
    }

    /// <summary>How long a stored admin flag stands in when the platform can't be asked.</summary>
    public static readonly TimeSpan AdminTrustedFor = TimeSpan.FromMinutes(10);

    // In a group the platform's answer, yes or no, is the admin flag; unknown keeps it only while recently confirmed.
    private static void FollowPlatformAdmin(Space space, Member member, ChatMessage message, DateTimeOffset now)
    {
        if (!space.IsGroup)
            return;
        if (message.SenderIsPlatformAdmin is { } admin)
            (member.IsAdmin, member.AdminConfirmedAt) = (admin, now);
        else if (member.IsAdmin && !(now - member.AdminConfirmedAt <= AdminTrustedFor))
            member.IsAdmin = false;
    }

    private static string Name(ChatMessage message)
    {
        var name = message.DisplayName.Trim();
        if (name.Length == 0)
            name = message.UserId;
        return name.Length > 64 ? name[..64] : name;
    }
}
