namespace RoadmapBot.Host.Clock;

/// <summary>A clock that starts at a chosen instant and then runs forward in real time (<c>--clock</c>).</summary>
public sealed class StartedClock(DateTimeOffset start, TimeProvider real) : TimeProvider
{
    private readonly long _startedAt = real.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + real.GetElapsedTime(_startedAt);

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;
}
