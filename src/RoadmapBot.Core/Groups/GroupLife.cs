using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Groups;

/// <summary>
/// A group's own life, for every platform: the bot removed (its digest and the reminders members get there stop), added back
/// (they resume), the group moved to a new id (Telegram's supergroup upgrade), or members leaving and coming back. Adapters
/// only say which chats and users it concerns.
/// </summary>
public sealed class GroupLife(IDbContextFactory<RoadmapDbContext> contexts, TimeProvider time, ILogger<GroupLife> logger)
{
    /// <summary>
    /// Members who left (or were removed) are out of the group's board, digest and reminders, with their data kept (/forget me
    /// deletes it); back in when they return. Users the group never heard from are no members: nothing to do.
    /// </summary>
    public async Task SetMembersPresentAsync(ChatPlatform platform, string chatId, IReadOnlyCollection<string> userIds, bool present, CancellationToken ct)
    {
        if (userIds.Count == 0)
            return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var leftAt = present ? (DateTimeOffset?)null : time.GetUtcNow();
        var members = db.Members.Where(m => userIds.Contains(m.UserId)
            && db.Spaces.Any(s => s.Id == m.SpaceId && s.Platform == platform && s.ExternalId == chatId && s.IsGroup));
        // Only a change is written: a second "left" keeps the first date.
        var changed = await (present ? members.Where(m => m.LeftAt != null) : members.Where(m => m.LeftAt == null))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.LeftAt, leftAt), ct);
        if (changed > 0)
            logger.LogInformation("{Platform} group {Chat}: {Count} member(s) {Action}", platform, chatId, changed, present ? "back" : "left");
    }

    public async Task SetBotPresentAsync(ChatPlatform platform, IReadOnlyCollection<string> chatIds, bool present, CancellationToken ct)
    {
        if (chatIds.Count > 0)
            await MarkAsync(platform, s => chatIds.Contains(s.ExternalId), present, ct);
    }

    /// <summary>
    /// The platform listed every group the bot is in now (Discord as a session starts): any other group space of it is one the
    /// bot was removed from while it was not listening, so its reminders stop too.
    /// </summary>
    public Task SetBotOnlyInAsync(ChatPlatform platform, IReadOnlyCollection<string> chatIds, CancellationToken ct) =>
        MarkAsync(platform, s => !chatIds.Contains(s.ExternalId), present: false, ct);

    private async Task MarkAsync(ChatPlatform platform, System.Linq.Expressions.Expression<Func<Space, bool>> which, bool present, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var groups = await db.Spaces.Where(s => s.Platform == platform && s.IsGroup).Where(which).ToListAsync(ct);
        var changed = 0;
        foreach (var space in groups)
        {
            var settings = SpaceReminderSettings.Parse(space.Settings);
            if (settings.BotAbsent == !present) continue;
            space.Settings = (settings with { BotAbsent = !present }).ToJson();
            changed++;
        }
        await db.SaveChangesAsync(ct);
        if (changed > 0)
            logger.LogInformation("{Platform}: bot {Action} {Count} group space(s)", platform, present ? "added back to" : "removed from", changed);
    }

    /// <summary>Keeps the space (roadmap, members, progress) under the group's new id. Safe to run twice.</summary>
    public async Task MoveAsync(ChatPlatform platform, string fromId, string toId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var old = await db.Spaces.FirstOrDefaultAsync(s => s.Platform == platform && s.ExternalId == fromId, ct);
        if (old is null || await db.Spaces.AnyAsync(s => s.Platform == platform && s.ExternalId == toId, ct))
            return;
        old.ExternalId = toId;
        old.IsGroup = true;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Platform} group {From} moved to {To}; its space moved along", platform, fromId, toId);
    }
}
