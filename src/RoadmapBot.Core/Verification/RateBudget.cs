namespace RoadmapBot.Core.Verification;

/// <summary>
/// The API's hourly request budget (X-RateLimit-Limit/Remaining/Reset), shared fairly: in each window a member may use
/// at most the limit divided by the members who share it, and nobody once the API says none remain.
/// </summary>
public sealed class RateBudget(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _used = [];
    private int _limit = 60;
    private int _remaining = 60;
    private DateTimeOffset _reset = DateTimeOffset.MinValue;

    public bool TryTake(long memberId, int sharers)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now >= _reset)
            {
                // A new window: GitHub's counters start over, and so does each member's share.
                (_remaining, _reset) = (_limit, now.AddHours(1));
                _used.Clear();
            }
            var share = Math.Max(1, _limit / Math.Max(1, sharers));
            if (_remaining <= 0 || _used.GetValueOrDefault(memberId) >= share)
                return false;
            _used[memberId] = _used.GetValueOrDefault(memberId) + 1;
            _remaining--;
            return true;
        }
    }

    /// <summary>What the last response said; a 304 leaves the budget as it was (GitHub does not count it).</summary>
    public void Update(int? limit, int? remaining, DateTimeOffset? reset)
    {
        lock (_gate)
        {
            if (limit is { } l) _limit = l;
            if (remaining is { } r) _remaining = r;
            if (reset is { } at) _reset = at;
        }
    }

    /// <summary>A 304 costs nothing: the request taken for it is given back.</summary>
    public void GiveBack(long memberId)
    {
        lock (_gate)
        {
            _remaining++;
            if (_used.GetValueOrDefault(memberId) > 0) _used[memberId]--;
        }
    }
}
