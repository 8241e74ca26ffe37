using Microsoft.Extensions.Logging;

namespace RoadmapBot.Discord.Client.Rest;

/// <summary>
/// Counts 401, 403 and non-shared 429 answers over the last 10 minutes: at 10,000 Cloudflare bans the IP for hours.
/// We warn long before (every 500), so a loop hitting a forbidden channel is noticed.
/// </summary>
internal sealed class InvalidRequestCounter(TimeProvider time, ILogger logger)
{
    public const int WarnEvery = 500;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _seen = new();
    private readonly Lock _lock = new();

    public int Add()
    {
        int count;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            _seen.Enqueue(now);
            while (now - _seen.Peek() >= Window) _seen.Dequeue();
            count = _seen.Count;
        }
        if (count % WarnEvery == 0)
            logger.LogWarning("{Count} invalid Discord requests (401/403/429) in 10 minutes; Cloudflare bans the IP at 10,000", count);
        return count;
    }
}
