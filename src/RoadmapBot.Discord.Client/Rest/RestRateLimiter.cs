using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Discord.Client.Rest;

/// <summary>
/// Keeps us inside Discord's rate limits (spec §3.6): one request in flight per (bucket hash, major parameter), the
/// bucket's X-RateLimit headers decide when the next may go, a global gate (45/s and any global 429), 429s mark the
/// bucket exhausted and retry at most 3 times, a non-JSON 429 (Cloudflare ban) stops us at once, and a bot-token 401 stops
/// every call that needs the bot token (interaction answers, authorized by their own token, still go).
/// Every wait goes through the TimeProvider, is cancellable and has an upper bound.
/// </summary>
internal sealed partial class RestRateLimiter(DiscordClientOptions options, TimeProvider time, ILogger logger)
{
    public const int MaxRetries = 3;
    // Timers round to milliseconds and clocks differ: going a little after the reset avoids a 429 at the edge (discord.js uses 50 ms too).
    private static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentDictionary<string, string> _hashes = new();
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalBlockedUntil;
    private DateTimeOffset _globalWindowStart;
    private int _globalWindowCount;
    private int _botTokenRejected;
    private readonly InvalidRequestCounter _invalid = new(time, logger);

    /// <summary>True once Discord answered 401 to the bot token: it was reset or revoked, and only a restart with a new one helps.</summary>
    public bool BotTokenRejected => Volatile.Read(ref _botTokenRejected) == 1;

    /// <summary>Sends through the limits; <paramref name="send"/> builds a fresh request on every attempt.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        RateLimitRoute route, Func<CancellationToken, Task<HttpResponseMessage>> send, bool retryServerErrors, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (route.BotToken && BotTokenRejected)
                throw new DiscordApiException(401, null, "not sent: Discord rejected the bot token earlier (calls that need it wait for a restart)");
            if (!route.Exempt) await WaitGlobalAsync(ct);
            var bucket = route.Exempt ? null : await AcquireBucketAsync(route, ct);
            HttpResponseMessage response;
            try
            {
                if (bucket is not null) await WaitForBucketAsync(bucket, ct);
                response = await send(ct);
                if (bucket is not null) Update(route, bucket, response);
            }
            finally
            {
                bucket?.Gate.Release();
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) _invalid.Add();
            // Only a 401 to the bot token means the token is bad; an expired interaction token answers 401 too (50027).
            if (response.StatusCode == HttpStatusCode.Unauthorized && route.BotToken)
            {
                if (Interlocked.Exchange(ref _botTokenRejected, 1) == 0)
                    logger.LogCritical("Discord answered 401 to the bot token: it was reset or revoked. Calls that need it (reminders, DMs, " +
                        "command registration) stop until a restart with a valid token; interaction answers still go out");
                return response;
            }
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                options.OnTooManyRequests?.Invoke();
                using (response) await OnTooManyRequestsAsync(route, bucket, response, attempt, ct);
                continue;
            }
            if ((int)response.StatusCode >= 500 && retryServerErrors && attempt < MaxRetries)
            {
                response.Dispose();
                var delay = options.ServerErrorRetryDelay * Math.Pow(2, attempt);
                logger.LogWarning("Discord answered {Status} on {Route}; retry {Attempt} in {Delay}", (int)response.StatusCode, route.Key, attempt + 1, delay);
                await Task.Delay(delay, time, ct);
                continue;
            }
            return response;
        }
    }

    private async Task OnTooManyRequestsAsync(RateLimitRoute route, Bucket? bucket, HttpResponseMessage response, int attempt, CancellationToken ct)
    {
        var headerRetry = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            // Cloudflare's ban answers in plain text with an hours-long Retry-After: fail everything fast until it ends.
            lock (_globalLock) _globalBlockedUntil = time.GetUtcNow() + headerRetry;
            logger.LogCritical("Discord (Cloudflare) blocked this IP for {RetryAfter}: too many invalid requests", headerRetry);
            throw new DiscordApiException(429, null, $"blocked by Cloudflare for {headerRetry}");
        }
        var (retryAfter, global, code) = await ReadTooManyAsync(response, headerRetry, ct);
        var scope = response.Headers.TryGetValues("X-RateLimit-Scope", out var values) ? values.FirstOrDefault() : null;
        var now = time.GetUtcNow();
        global |= response.Headers.Contains("X-RateLimit-Global");
        if (scope != "shared") _invalid.Add();  // shared 429s do not count toward Cloudflare's limit
        if (attempt >= MaxRetries)
        {
            logger.LogWarning("Discord answered 429 on {Route} (scope {Scope}, global {Global}); giving up after {Retries} retries", route.Key, scope, global, MaxRetries);
            throw new DiscordApiException(429, code, $"still rate limited on {route.Key} after {MaxRetries} retries");
        }
        // Discord says to wait retry_after whatever the limit. A global one holds back every other call too; interaction callbacks
        // skip the global gate and have no bucket, so like a shared limit they wait here, or they would go again at once.
        logger.LogWarning("Discord answered 429 on {Route} (scope {Scope}, global {Global}); retry after {RetryAfter}", route.Key, scope, global, retryAfter);
        if (global) lock (_globalLock) _globalBlockedUntil = now + retryAfter;
        if (scope == "shared" || bucket is null)
            await DelayBoundedAsync(retryAfter, ct);
        else if (!global)
        {
            bucket.Remaining = 0;
            bucket.ResetAt = now + retryAfter;
        }
    }

    private static async Task<(TimeSpan RetryAfter, bool Global, int? Code)> ReadTooManyAsync(HttpResponseMessage response, TimeSpan fallback, CancellationToken ct)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var root = json.RootElement;
            var retry = root.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds) ? TimeSpan.FromSeconds(seconds) : fallback;
            var global = root.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            int? code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : null;
            return (retry, global, code);
        }
        catch (JsonException)
        {
            return (fallback, false, null);
        }
    }

    private async Task WaitGlobalAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_globalLock)
            {
                var now = time.GetUtcNow();
                if (now < _globalBlockedUntil) wait = _globalBlockedUntil - now;
                else
                {
                    if (now - _globalWindowStart >= TimeSpan.FromSeconds(1)) (_globalWindowStart, _globalWindowCount) = (now, 0);
                    if (_globalWindowCount < options.GlobalRequestsPerSecond)
                    {
                        _globalWindowCount++;
                        return;
                    }
                    wait = _globalWindowStart + TimeSpan.FromSeconds(1) - now;
                }
            }
            await DelayBoundedAsync(wait, ct);
        }
    }

    private Task DelayBoundedAsync(TimeSpan wait, CancellationToken ct)
    {
        if (wait > options.MaxRateLimitWait)
            throw new DiscordApiException(429, null, $"rate limited for {wait}, longer than the {options.MaxRateLimitWait} we wait");
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, ct) : Task.CompletedTask;
    }
}
