using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Commands;

/// <summary>Finds or creates the message's space and member. In a private chat the member is admin.</summary>
public static class MemberDirectory
{
    public static async Task<(Space Space, Member Member)> EnsureAsync(RoadmapDbContext db, ChatMessage message, DateTimeOffset now, CancellationToken ct)
    {
        // Space and member in one round trip: (SpaceId, UserId) is unique, so the left join gives at most one row.
        var found = await (
            from s in db.Spaces
            where s.Platform == message.Platform && s.ExternalId == message.SpaceId
            from m in db.Members.Where(m => m.SpaceId == s.Id && m.UserId == message.UserId).DefaultIfEmpty()
            select new { Space = s, Member = m }).FirstOrDefaultAsync(ct);
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
        // The platform's word that the sender is a group admin is remembered, as is a new display name.
        member.IsAdmin |= message.SenderIsPlatformAdmin;
        member.DisplayName = Name(message);
        // A member the platform reported unreachable (blocked the bot, left) who writes again can be reached again.
        if (member.Settings.Contains("\"unreachable\":true", StringComparison.Ordinal))
            member.Settings = (Reminders.ReminderSettings.Parse(member.Settings) with { Unreachable = false }).ToJson();
        await db.SaveChangesAsync(ct);
        return (space, member);
    }

    private static string Name(ChatMessage message)
    {
        var name = message.DisplayName.Trim();
        if (name.Length == 0)
            name = message.UserId;
        return name.Length > 64 ? name[..64] : name;
    }
}
