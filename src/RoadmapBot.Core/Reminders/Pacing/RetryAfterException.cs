namespace RoadmapBot.Core.Reminders.Pacing;

/// <summary>Thrown by a platform sender when the platform answered 429: send again to that chat after <see cref="RetryAfter"/>.</summary>
public sealed class RetryAfterException(TimeSpan retryAfter, string? message = null)
    : Exception(message ?? $"Too many requests: retry after {retryAfter.TotalSeconds:0.###} s")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
