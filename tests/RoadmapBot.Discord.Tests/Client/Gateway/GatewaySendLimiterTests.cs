using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Discord.Client.Gateway;

namespace RoadmapBot.Discord.Tests.Client.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task The111thSendInAMinute_WaitsUntilTheFirstIsAMinuteOld()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < 110; i++) await limiter.WaitAsync(TestContext.Current.CancellationToken);

        var next = limiter.WaitAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        await next;
    }
}
