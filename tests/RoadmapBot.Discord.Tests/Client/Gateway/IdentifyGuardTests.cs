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
    public async Task SecondIdentify_WaitsFiveSecondsAfterTheFirst()
    {
        var guard = Guard();
        await guard.WaitAsync(Ct);
        guard.Record();

        var next = guard.WaitAsync(Ct);
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
            await first.WaitAsync(Ct);
            first.Record();
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var restarted = Guard();
        var next = restarted.WaitAsync(Ct);
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

        var next = guard.WaitAsync(Ct);
        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMinutes(1));

        await next;
    }
}
