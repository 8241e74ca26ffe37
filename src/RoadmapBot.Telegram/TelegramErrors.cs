using System.Net;
using System.Text.RegularExpressions;
using RoadmapBot.Core.Dashboard;
using Telegram.Bot.Exceptions;

namespace RoadmapBot.Telegram;

/// <summary>One-line, token-free descriptions of Bot API failures, and how to treat them.</summary>
public static partial class TelegramErrors
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

    /// <summary>400 to an edit: the message was deleted, or Telegram no longer lets it be edited.</summary>
    public static bool IsMessageGone(Exception e) => e is ApiRequestException { ErrorCode: 400 } api
        && (api.Message.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase)
            || api.Message.Contains("message can't be edited", StringComparison.OrdinalIgnoreCase));

    /// <summary>Worth trying again later: server errors, network failures and timeouts (not 4xx answers).</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        ApiRequestException api => api.ErrorCode >= 500 || api.ErrorCode == 429,
        // An answer that is not the Bot API's JSON (a proxy's HTML page) is judged by its HTTP status.
        RequestException { HttpStatusCode: { } status } => IsTransient(status),
        HttpRequestException { StatusCode: { } status } => IsTransient(status),
        RequestException or HttpRequestException or TaskCanceledException or IOException => true,
        _ => false,
    };

    /// <summary>
    /// No answer came after the request left (a timeout, a connection lost before the answer): Telegram may have acted on it.
    /// Telegram has no idempotency key, so a new message in doubt is not sent again.
    /// </summary>
    public static bool IsInDoubt(Exception e) =>
        IsTransient(e) && e is not ApiRequestException && e is not RequestException { HttpStatusCode: not null } && !NeverSent(e);

    // Telegram never saw a request whose connection could not even be opened.
    private static bool NeverSent(Exception? e) =>
        e is not null && (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } || NeverSent(e.InnerException));

    /// <summary>The error and its causes on one line, with the bot token and link tokens cut out (an error may quote a button's URL).</summary>
    public static string Describe(Exception e, string token)
    {
        var parts = new List<string>();
        for (var inner = e; inner is not null && parts.Count < 4; inner = inner.InnerException)
        {
            // An HTTP failure is its status ("502 Bad Gateway"), not the parse error its HTML page caused.
            if (inner is RequestException { HttpStatusCode: { } status } and not ApiRequestException)
            {
                parts.Add(Status(status));
                break;
            }
            parts.Add(inner is ApiRequestException api ? $"{api.ErrorCode} {api.Message}" : $"{inner.GetType().Name}: {inner.Message}");
        }
        var text = DashboardLinks.Redact(string.Join(" <- ", parts));
        return token.Length == 0 ? text : text.Replace(token, "***", StringComparison.Ordinal);
    }

    /// <summary>What a member hears when the file they sent could not be fetched from Telegram (the import changed nothing), in words.</summary>
    public static string FetchFailure(Exception e) => e switch
    {
        ApiRequestException { ErrorCode: 400 } api when api.Message.Contains("file is too big", StringComparison.OrdinalIgnoreCase) =>
            "I couldn't fetch your file from Telegram: it is over the 20 MB Telegram lets bots download, and roadmaps are limited to 1 MB.",
        ApiRequestException api when !IsTransient(api) =>
            $"I couldn't fetch your file from Telegram: it answered “{api.Message.Replace("Bad Request: ", "", StringComparison.Ordinal)}”. Nothing was changed.",
        _ => $"I couldn't fetch your file from Telegram just now ({Reason(e)}). Nothing was changed; send it again in a minute.",
    };

    private static string Reason(Exception e) => e switch
    {
        ApiRequestException api => $"{api.ErrorCode} {api.Message}",
        RequestException { HttpStatusCode: { } status } => Status(status),
        HttpRequestException { StatusCode: { } status } => Status(status),
        _ when IsInDoubt(e) => "no answer in time",
        _ => "no connection",
    };

    /// <summary>"502 Bad Gateway": the code and its name in words.</summary>
    public static string Status(HttpStatusCode status) =>
        Enum.IsDefined(status) ? $"{(int)status} {WordStart().Replace(status.ToString(), " ")}" : $"{(int)status}";

    private static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status == HttpStatusCode.TooManyRequests;

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordStart();
}
