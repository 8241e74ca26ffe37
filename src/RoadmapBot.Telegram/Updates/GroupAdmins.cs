using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Telegram.Sending;
using Telegram.Bot;

namespace RoadmapBot.Telegram.Updates;

/// <summary>
/// Who administers a Telegram group, from getChatAdministrators, kept for a few minutes per group; a command that checks
/// admin rights asks afresh, and a chat_member update (a promotion or demotion) forgets the group's list. A 429 or a 5xx is
/// asked again (after its retry_after); only a list that still can't be had is unknown.
/// </summary>
public sealed class GroupAdmins(ITelegramBotClient bot, TimeProvider time, TelegramRetry retry, IOptions<TelegramOptions> options, ILogger<GroupAdmins> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<long, (DateTimeOffset Fetched, HashSet<long> Admins)> _cache = new();

    public async Task<bool?> IsAdminAsync(long chatId, long userId, CancellationToken ct, bool fresh = false)
    {
        var now = time.GetUtcNow();
        if (fresh || !_cache.TryGetValue(chatId, out var entry) || now - entry.Fetched > CacheFor)
        {
            try
            {
                var admins = await retry.RunAsync(c => bot.GetChatAdministrators(chatId, cancellationToken: c), "getChatAdministrators", ct);
                entry = (now, admins.Select(a => a.User.Id).ToHashSet());
                _cache[chatId] = entry;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Unknown, not "no": the member's recently confirmed admin flag stands in (Core decides for how long).
                logger.LogWarning("Telegram getChatAdministrators failed: {Reason}", TelegramErrors.Describe(e, options.Value.Token));
                return null;
            }
        }
        return entry.Admins.Contains(userId);
    }

    public void Forget(long chatId) => _cache.TryRemove(chatId, out _);
}
