using System.Globalization;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>
/// Keeps IDENTIFYs rare: Discord resets the token after 1000 in 24 h. At least IdentifySpacing apart, none while
/// session_start_limit says (almost) none are left, and our own rolling 24 h count kept on disk so restart loops count too.
/// </summary>
internal sealed class IdentifyGuard(DiscordClientOptions options, TimeProvider time, ILogger logger)
{
    private const int SessionStartReserve = 5;
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private readonly Lock _lock = new();
    private DateTimeOffset? _last;
    private int _sessionStartsLeft = int.MaxValue;
    private DateTimeOffset _sessionStartsResetAt;

    public void Observe(GatewayBotInfo info)
    {
        lock (_lock)
        {
            _sessionStartsLeft = info.SessionStartRemaining;
            _sessionStartsResetAt = time.GetUtcNow() + info.SessionStartResetAfter;
        }
    }

    /// <summary>Completes when an IDENTIFY may be sent now.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        while (true)
        {
            var wait = NextAllowed() - time.GetUtcNow();
            if (wait <= TimeSpan.Zero) return;
            if (wait > TimeSpan.FromMinutes(1)) logger.LogWarning("Discord IDENTIFY budget nearly spent; waiting {Wait} before connecting again", wait);
            await Task.Delay(wait, time, ct);
        }
    }

    /// <summary>Counts an IDENTIFY just sent, in memory and on disk.</summary>
    public void Record()
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            _last = now;
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

    private DateTimeOffset NextAllowed()
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var next = _last is { } last ? last + options.IdentifySpacing : now;
            if (_sessionStartsLeft <= SessionStartReserve && now < _sessionStartsResetAt && _sessionStartsResetAt > next) next = _sessionStartsResetAt;
            var recent = ReadLog(now);
            if (recent.Count >= options.IdentifyDailyCap && recent[^options.IdentifyDailyCap] + Day > next) next = recent[^options.IdentifyDailyCap] + Day;
            return next;
        }
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
