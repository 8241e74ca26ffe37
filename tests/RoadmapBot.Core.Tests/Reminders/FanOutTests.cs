using RoadmapBot.Benchmarks.FanOut;

namespace RoadmapBot.Core.Tests.Reminders;

/// <summary>
/// The bench's fan-out harness, small enough for CI: 30 spaces × 10 members, all due at 08:00, in real time through the
/// paced Telegram queue to a fake Telegram that rejects anything over its limits. The full 10,000 is in docs/benchmarks.md.
/// </summary>
public sealed class FanOutTests
{
    // The real run holds 95 %; a busy two-core CI box running other test projects alongside gets some slack.
    private const double MinimumRateShare = 0.80;

    [Fact]
    public async Task FanOut_ThreeHundredKickoffsAtEight_ArriveExactlyOnceWithinTelegramsLimitsAtItsRate()
    {
        var report = await FanOutHarness.RunAsync(300, TextWriter.Null, TestContext.Current.CancellationToken);
        var figures = new StringWriter();
        report.Print(figures);
        TestContext.Current.TestOutputHelper?.WriteLine(figures.ToString());

        Assert.Equal(300, report.Expected.Count);
        Assert.Equal(300, report.Received.Count);
        Assert.Equal(0, report.Duplicates);
        Assert.Equal(0, report.Missing);
        Assert.Equal(0, report.TooManyRequests);
        Assert.True(report.RateShare >= MinimumRateShare,
            $"{report.SustainedPerSecond:N1}/s is {report.RateShare:P0} of Telegram's {report.AllowedPerSecond}/s; expected at least {MinimumRateShare:P0}");
    }
}
