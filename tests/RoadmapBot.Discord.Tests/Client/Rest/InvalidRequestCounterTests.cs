using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Tests.Client.Rest;

public sealed class InvalidRequestCounterTests
{
    [Fact]
    public void Count_CoversOnlyTheLastTenMinutes()
    {
        var time = new FakeTimeProvider();
        var counter = new InvalidRequestCounter(time, NullLogger.Instance);
        counter.Add();
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(2, counter.Add());

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(2, counter.Add());  // the first fell out of the window
    }
}
