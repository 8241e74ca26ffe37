using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Telegram.Polling;

/// <summary>The last handled update id, stored per bot so a restart neither loses nor repeats an update.</summary>
public sealed class UpdateCursor(IDbContextFactory<RoadmapDbContext> contexts)
{
    public async Task<long> LoadAsync(long botId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.PlatformStates.Where(s => s.Platform == ChatPlatform.Telegram && s.BotId == botId).Select(s => s.LastUpdateId).FirstOrDefaultAsync(ct);
    }

    public async Task SaveAsync(long botId, long lastUpdateId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var state = await db.PlatformStates.FindAsync([ChatPlatform.Telegram, botId], ct);
        if (state is null)
            db.PlatformStates.Add(new PlatformState { Platform = ChatPlatform.Telegram, BotId = botId, LastUpdateId = lastUpdateId });
        else
            state.LastUpdateId = Math.Max(state.LastUpdateId, lastUpdateId);
        await db.SaveChangesAsync(ct);
    }
}
