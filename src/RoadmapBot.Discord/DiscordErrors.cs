using RoadmapBot.Core.Dashboard;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord;

/// <summary>One-line, token-free descriptions of Discord failures, and how to treat them.</summary>
public static class DiscordErrors
{
    /// <summary>Cannot send messages to this user: DMs closed, or no server shared with the bot.</summary>
    public const int CannotDm = 50007;

    /// <summary>Missing access, missing permissions, unknown channel: the bot cannot post in that channel (any more).</summary>
    private static readonly int[] ChannelGone = [50001, 50013, 10003];

    public static bool IsUnauthorized(Exception e) => e is DiscordApiException { Status: 401 };

    public static bool IsCannotDm(Exception e) => e is DiscordApiException { Code: CannotDm };

    public static bool IsChannelGone(Exception e) => e is DiscordApiException { Code: { } code } && ChannelGone.Contains(code);

    /// <summary>Worth trying again later: server errors, 429s the client gave up on, network failures and timeouts.</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        DiscordApiException api => api.Status >= 500 || api.Status == 429,
        HttpRequestException or TaskCanceledException or TimeoutException or IOException => true,
        _ => false,
    };

    /// <summary>The error and its causes on one line, with the bot token and link tokens cut out (an error may quote a button's URL).</summary>
    public static string Describe(Exception e, string token)
    {
        var parts = new List<string>();
        for (var inner = e; inner is not null && parts.Count < 4; inner = inner.InnerException)
            parts.Add(inner is DiscordApiException ? inner.Message : $"{inner.GetType().Name}: {inner.Message}");
        var text = DashboardLinks.Redact(string.Join(" <- ", parts).ReplaceLineEndings(" "));
        return token.Length == 0 ? text : text.Replace(token, "***", StringComparison.Ordinal);
    }
}
