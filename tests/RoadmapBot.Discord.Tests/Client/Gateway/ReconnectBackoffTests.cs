using RoadmapBot.Discord.Client.Gateway;

namespace RoadmapBot.Discord.Tests.Client.Gateway;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(0, 0.9, 0)]
    [InlineData(1, 0.5, 500)]
    [InlineData(2, 0.5, 1000)]
    [InlineData(4, 0.5, 4000)]
    [InlineData(7, 1.0, 60_000)]
    [InlineData(1000, 0.5, 30_000)]
    public void Delay_DoublesPerFailureUpToTheCap_ScaledByTheJitter(int failures, double jitter, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), ReconnectBackoff.Delay(failures, Base, Cap, jitter));
}
