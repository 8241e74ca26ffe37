using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

public enum RateDecision { Allowed, Limited, Silenced }

/// <summary>At most 20 commands per member per sliding minute; only the first refused command gets an answer.</summary>
public sealed class CommandRateLimiter(TimeProvider time)
{
    public const int PerMinute = 20;
    private readonly Dictionary<(ChatPlatform, string), Queue<DateTimeOffset>> _recent = [];

    /// <summary>Whether the member's next command would be refused, without counting one: asked before fetching an upload.</summary>
    public bool IsLimited(ChatPlatform platform, string userId)
    {
        var now = time.GetUtcNow();
        lock (_recent)
            return _recent.TryGetValue((platform, userId), out var stamps) && stamps.Count(at => now - at < TimeSpan.FromMinutes(1)) >= PerMinute;
    }

    public RateDecision Check(ChatPlatform platform, string userId)
    {
        var now = time.GetUtcNow();
        lock (_recent)
        {
            if (!_recent.TryGetValue((platform, userId), out var stamps))
                _recent[(platform, userId)] = stamps = new Queue<DateTimeOffset>();
            while (stamps.Count > 0 && now - stamps.Peek() >= TimeSpan.FromMinutes(1))
                stamps.Dequeue();
            if (stamps.Count >= PerMinute)
            {
                // A refused command still counts, so a flood stays refused and the warning is sent once.
                stamps.Enqueue(now);
                return stamps.Count == PerMinute + 1 ? RateDecision.Limited : RateDecision.Silenced;
            }
            stamps.Enqueue(now);
            return RateDecision.Allowed;
        }
    }
}
