using System.Diagnostics;

namespace RoadmapBot.Benchmarks.FanOut;

/// <summary>Real time that starts at a chosen instant: the dispatcher sees 08:00 and the pacing waits really pass.</summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_started);
}
