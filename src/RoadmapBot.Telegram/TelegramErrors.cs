using RoadmapBot.Core.Dashboard;
using Telegram.Bot.Exceptions;

namespace RoadmapBot.Telegram;

/// <summary>One-line, token-free descriptions of Bot API failures, and how to treat them.</summary>
public static class TelegramErrors
{
    public static bool IsTooManyRequests(Exception e, out TimeSpan retryAfter)
    {
        retryAfter = e is ApiRequestException { ErrorCode: 429 } api ? TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1)) : default;
        return e is ApiRequestException { ErrorCode: 429 };
    }

    /// <summary>403: the member blocked the bot, never started a private chat, or the bot was removed from the group.</summary>
    public static bool IsForbidden(Exception e) => e is ApiRequestException { ErrorCode: 403 };

    public static bool IsUnauthorized(Exception e) => e is ApiRequestException { ErrorCode: 401 or 404 };

    public static bool IsConflict(Exception e) => e is ApiRequestException { ErrorCode: 409 };

    /// <summary>Worth trying again later: server errors, network failures and timeouts (not 4xx answers).</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        ApiRequestException api => api.ErrorCode >= 500 || api.ErrorCode == 429,
        RequestException or HttpRequestException or TaskCanceledException or IOException => true,
        _ => false,
    };

    /// <summary>The error and its causes on one line, with the bot token and link tokens cut out (an error may quote a button's URL).</summary>
    public static string Describe(Exception e, string token)
    {
        var parts = new List<string>();
        for (var inner = e; inner is not null && parts.Count < 4; inner = inner.InnerException)
            parts.Add(inner is ApiRequestException api ? $"{api.ErrorCode} {api.Message}" : $"{inner.GetType().Name}: {inner.Message}");
        var text = DashboardLinks.Redact(string.Join(" <- ", parts));
        return token.Length == 0 ? text : text.Replace(token, "***", StringComparison.Ordinal);
    }
}
