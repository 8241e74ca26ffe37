using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Interactions;

/// <summary>How an answer's delivery failed: in passing (worth a second try inside the 3 s), or for good.</summary>
internal static class DeliveryFailure
{
    /// <summary>Failed in passing, so it may work on a second try: a server error, a rate limit we gave up on, a timeout or a network fault.</summary>
    public static bool IsTransient(Exception e, CancellationToken ct) => e switch
    {
        DiscordApiException api => api.Status >= 500 || api.Status == 429,
        OperationCanceledException => !ct.IsCancellationRequested,  // HttpClient's timeout, not our caller giving up
        HttpRequestException or TimeoutException or IOException => true,
        _ => false,
    };

    /// <summary>A failure of the delivery itself (Discord's answer or a fault on the way), not a bug of ours.</summary>
    public static bool Is(Exception e, CancellationToken ct) => e is DiscordApiException || IsTransient(e, ct);

    // Discord's own words, or the type and message of a network fault; interaction tokens are never part of either.
    public static string Describe(Exception e) => e is DiscordApiException ? e.Message : $"{e.GetType().Name}: {e.Message}";
}
