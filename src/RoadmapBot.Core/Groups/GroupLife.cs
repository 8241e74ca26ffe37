using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Groups;

/// <summary>
/// A group's own life, for every platform: the bot removed (its digest and the reminders members get there stop), added back
/// (they resume), or the group moved to a new id (Telegram's supergroup upgrade). Adapters only say which chats it concerns.
/// </summary>
public sealed class GroupLife(IDbContextFactory<RoadmapDbContext> contexts, ILogger<GroupLife> logger)
{
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
