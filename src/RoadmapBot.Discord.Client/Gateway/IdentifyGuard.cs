using System.Globalization;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>
/// Keeps IDENTIFYs rare: Discord resets the token after 1000 in 24 h. At least IdentifySpacing apart, none while
/// session_start_limit says (almost) none are left, and our own rolling 24 h count kept on disk so restart loops count too.
/// Shared by every shard this process runs: the spacing is per concurrency bucket (shard id % max_concurrency), so shards
/// of different buckets identify together and shards of one bucket one at a time.
/// </summary>
internal sealed class IdentifyGuard(DiscordClientOptions options, TimeProvider time, ILogger logger)
{
    private const int SessionStartReserve = 5;
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _lastByBucket = [];
    private int _maxConcurrency = 1;
    private int _sessionStartsLeft = int.MaxValue;
    private DateTimeOffset _sessionStartsResetAt;

    public void Observe(GatewayBotInfo info)
    {
        lock (_lock)
        {
            _sessionStartsLeft = info.SessionStartRemaining;
            _sessionStartsResetAt = time.GetUtcNow() + info.SessionStartResetAfter;
            _maxConcurrency = Math.Max(1, info.MaxConcurrency);
        }
    }

    /// <summary>Completes when shard <paramref name="shardId"/> may IDENTIFY now; its bucket's slot is then taken.</summary>
    public async Task WaitAsync(int shardId, CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                wait = NextAllowed(Bucket(shardId), now) - now;
                // Taken at once: another shard of the bucket waiting beside this one goes a spacing later.
                if (wait <= TimeSpan.Zero)
                {
                    _lastByBucket[Bucket(shardId)] = now;
                    return;
                }
            }
            if (wait > TimeSpan.FromMinutes(1)) logger.LogWarning("Discord IDENTIFY budget nearly spent; waiting {Wait} before connecting again", wait);
            await Task.Delay(wait, time, ct);
        }
    }

    /// <summary>Counts an IDENTIFY shard <paramref name="shardId"/> just sent, in memory and on disk.</summary>
    public void Record(int shardId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            _lastByBucket[Bucket(shardId)] = now;
            _sessionStartsLeft--;
            var recent = ReadLog(now);
            recent.Add(now);
            var path = options.IdentifyLogPath;
            if (Path.GetDirectoryName(path) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
            File.WriteAllLines(path, recent.Select(t => t.ToString("O", CultureInfo.InvariantCulture)));
        }
    }

    public int CountLastDay()
    {
        lock (_lock) return ReadLog(time.GetUtcNow()).Count;
    }

    private int Bucket(int shardId) => shardId % _maxConcurrency;

    // Under _lock.
    private DateTimeOffset NextAllowed(int bucket, DateTimeOffset now)
    {
        var next = _lastByBucket.TryGetValue(bucket, out var last) ? last + options.IdentifySpacing : now;
        if (_sessionStartsLeft <= SessionStartReserve && now < _sessionStartsResetAt && _sessionStartsResetAt > next) next = _sessionStartsResetAt;
        var recent = ReadLog(now);
        if (recent.Count >= options.IdentifyDailyCap && recent[^options.IdentifyDailyCap] + Day > next) next = recent[^options.IdentifyDailyCap] + Day;
        return next;
    }

    private List<DateTimeOffset> ReadLog(DateTimeOffset now)
    {
        if (!File.Exists(options.IdentifyLogPath)) return [];
        return [.. File.ReadAllLines(options.IdentifyLogPath)
            .Select(line => DateTimeOffset.TryParse(line, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : (DateTimeOffset?)null)
            .OfType<DateTimeOffset>()
            .Where(t => now - t < Day)
            .Order()];
    }
}
