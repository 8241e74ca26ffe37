namespace RoadmapBot.Benchmarks.Commands;

/// <summary>Starts at a fixed instant and moves on a little at every reading, so the rate limiter's minute really passes.</summary>
internal sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private long _readings;

    public override DateTimeOffset GetUtcNow() => start.AddTicks(step.Ticks * Interlocked.Increment(ref _readings));
}
