namespace RoadmapBot.Discord.Client.Rest;

/// <summary>
/// Which rate-limit queue a request joins: Discord buckets a route template per top-level resource (the major parameter),
/// so /channels/1/messages and /channels/2/messages are limited apart. Interaction callbacks are outside every limit.
/// Routes that carry an interaction token in their path are authorized by it, not by the bot token (BotToken false).
/// </summary>
internal sealed record RateLimitRoute(string Key, string MajorParameter, bool Exempt, bool BotToken = true)
{
    public static RateLimitRoute From(HttpMethod method, string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var segments = (query < 0 ? path : path[..query]).Trim('/').Split('/');
        if (segments is ["interactions", _, _, "callback"])
            return new($"{method} /interactions/:id/:token/callback", "interaction", Exempt: true, BotToken: false);

        var major = segments switch
        {
            ["webhooks", var id, var token, ..] => $"{id}/{token}",
            ["channels" or "guilds" or "webhooks", var id, ..] => id,
            _ => "global",
        };
        var template = segments.Select((s, i) => i == 2 && segments[0] == "webhooks" ? ":token" : s.All(char.IsAsciiDigit) ? ":id" : s);
        return new($"{method} /{string.Join('/', template)}", major, Exempt: false, BotToken: !(segments is ["webhooks", _, _, ..]));
    }
}
