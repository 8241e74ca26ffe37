using Microsoft.Extensions.Logging.Abstractions;
using RoadmapBot.Discord.Client;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Client;

/// <summary>The client pointed at a fake Discord, with small timings for real-socket tests.</summary>
internal static class TestClients
{
    public const string Token = "test-token-not-real";

    public static DiscordClientOptions Options(FakeDiscord discord, Action<DiscordClientOptions>? tweak = null)
    {
        var options = new DiscordClientOptions
        {
            Token = Token,
            ApiBaseUrl = discord.ApiBaseUrl,
            IdentifyLogPath = Path.Combine(Path.GetTempPath(), $"roadmapbot-identify-{Guid.NewGuid():N}.log"),
            ServerErrorRetryDelay = TimeSpan.FromMilliseconds(10),
            HelloTimeout = TimeSpan.FromSeconds(5),
            ReadyTimeout = TimeSpan.FromSeconds(5),
            ReconnectBackoffBase = TimeSpan.FromMilliseconds(10),
            ReconnectBackoffCap = TimeSpan.FromMilliseconds(100),
            InvalidSessionDelayMin = TimeSpan.FromMilliseconds(10),
            InvalidSessionDelayMax = TimeSpan.FromMilliseconds(50),
            IdentifySpacing = TimeSpan.FromMilliseconds(10),
        };
        tweak?.Invoke(options);
        return options;
    }

    public static DiscordRestClient Rest(DiscordClientOptions options, TimeProvider? time = null) =>
        new(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, options, time ?? TimeProvider.System, NullLogger<DiscordRestClient>.Instance);
}
