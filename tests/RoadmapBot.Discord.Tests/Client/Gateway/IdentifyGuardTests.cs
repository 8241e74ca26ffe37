using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Discord.Client;
using RoadmapBot.Discord.Client.Gateway;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Tests.Client.Gateway;

public sealed class IdentifyGuardTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly DiscordClientOptions _options = new()
    {
        IdentifyLogPath = Path.Combine(Path.GetTempPath(), $"roadmapbot-identify-test-{Guid.NewGuid():N}.log"),
        IdentifyDailyCap = 3,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IdentifyGuard Guard() => new(_options, _time, NullLogger.Instance);

    public void Dispose() => File.Delete(_options.IdentifyLogPath);

    [Fact]
    public async Task ShardsInAnotherConcurrencyBucket_IdentifyAtOnce_ShardsInTheSameBucketFiveSecondsApart()
    {
        var guard = Guard();
        guard.Observe(new GatewayBotInfo(new Uri("wss://gateway.example"), Shards: 4, SessionStartRemaining: 1000, TimeSpan.FromHours(1), MaxConcurrency: 2));
        await guard.WaitAsync(0, Ct);
        guard.Record(0);

        var otherBucket = guard.WaitAsync(1, Ct);
        var sameBucket = guard.WaitAsync(2, Ct);

        Assert.True(otherBucket.IsCompleted);
        Assert.False(sameBucket.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5));
        await sameBucket;
    }

    [Fact]
    public async Task TwoShardsOfOneBucketWaitingTogether_DoNotBothGoAtOnce()
    {
        var guard = Guard();
        guard.Observe(new GatewayBotInfo(new Uri("wss://gateway.example"), Shards: 2, SessionStartRemaining: 1000, TimeSpan.FromHours(1), MaxConcurrency: 1));

        var first = guard.WaitAsync(0, Ct);
        var second = guard.WaitAsync(1, Ct);

        Assert.True(first.IsCompleted);
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5));
        await second;
    }

    [Fact]
    public async Task SecondIdentify_WaitsFiveSecondsAfterTheFirst()
    {
        var guard = Guard();
        await guard.WaitAsync(0, Ct);
        guard.Record(0);

        var next = guard.WaitAsync(0, Ct);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        await next;
    }

    [Fact]
    public async Task DailyCount_SurvivesARestart_AndHoldsIdentifiesOverTheCapUntilTheOldestIsADayOld()
    {
        var first = Guard();
        for (var i = 0; i < 3; i++)
        {
            await first.WaitAsync(0, Ct);
            first.Record(0);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var restarted = Guard();
        var next = restarted.WaitAsync(0, Ct);
        _time.Advance(TimeSpan.FromHours(23));
        Assert.False(next.IsCompleted);
        Assert.Equal(3, restarted.CountLastDay());
        _time.Advance(TimeSpan.FromHours(1));

        await next;
    }

    [Fact]
    public async Task NoSessionStartsLeft_HoldsTheIdentifyUntilTheLimitResets()
    {
        var guard = Guard();
        guard.Observe(new GatewayBotInfo(new Uri("wss://gateway.example"), 1, 0, TimeSpan.FromMinutes(30), 1));

        var next = guard.WaitAsync(0, Ct);
        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMinutes(1));

        await next;
    }
}
