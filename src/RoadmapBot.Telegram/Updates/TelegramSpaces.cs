using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Telegram.Updates;

/// <summary>What Telegram changes about a space itself: a group becoming a supergroup (new chat id), the bot removed or added back.</summary>
public sealed class TelegramSpaces(IDbContextFactory<RoadmapDbContext> contexts, ILogger<TelegramSpaces> logger)
{
    /// <summary>Keeps the space (roadmap, members, progress) under the supergroup's new id. Safe to run twice.</summary>
    public async Task MigrateAsync(long fromChatId, long toChatId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (from, to) = (fromChatId.ToString(CultureInfo.InvariantCulture), toChatId.ToString(CultureInfo.InvariantCulture));
        var old = await db.Spaces.FirstOrDefaultAsync(s => s.Platform == ChatPlatform.Telegram && s.ExternalId == from, ct);
        if (old is null || await db.Spaces.AnyAsync(s => s.Platform == ChatPlatform.Telegram && s.ExternalId == to, ct))
            return;
        old.ExternalId = to;
        old.IsGroup = true;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Telegram group {From} became supergroup {To}; its space moved along", from, to);
    }

    /// <summary>Removed from a group: its digest and the reminders members get there stop; added back: they resume.</summary>
    public async Task SetBotPresentAsync(long chatId, bool present, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var id = chatId.ToString(CultureInfo.InvariantCulture);
        var space = await db.Spaces.FirstOrDefaultAsync(s => s.Platform == ChatPlatform.Telegram && s.ExternalId == id, ct);
        if (space is null)
            return;
        space.Settings = (SpaceReminderSettings.Parse(space.Settings) with { BotAbsent = !present }).ToJson();
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Telegram: bot {Action} group {Chat}", present ? "added back to" : "removed from", id);
    }
}
