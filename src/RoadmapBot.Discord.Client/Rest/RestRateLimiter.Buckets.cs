using System.Globalization;

namespace RoadmapBot.Discord.Client.Rest;

// Per-route buckets: one request in flight each, their X-RateLimit headers say when the next may go.
internal sealed partial class RestRateLimiter
{
    private async Task<Bucket> AcquireBucketAsync(RateLimitRoute route, CancellationToken ct)
    {
        while (true)
        {
            var bucket = Resolve(route);
            using var timeout = new CancellationTokenSource(options.MaxQueueWait, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
            try
            {
                await bucket.Gate.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new DiscordApiException(429, null, $"gave up queueing on {route.Key} after {options.MaxQueueWait}");
            }
            // The route may have learned its bucket hash while we queued: then queue where the hash says.
            if (ReferenceEquals(Resolve(route), bucket)) return bucket;
            bucket.Gate.Release();
        }
    }

    private Bucket Resolve(RateLimitRoute route)
    {
        var hash = _hashes.TryGetValue(route.Key, out var h) ? h : "unknown:" + route.Key;
        return _buckets.GetOrAdd($"{hash}|{route.MajorParameter}", _ => new Bucket());
    }

    private async Task WaitForBucketAsync(Bucket bucket, CancellationToken ct)
    {
        var wait = bucket.ResetAt - time.GetUtcNow();
        if (bucket.Remaining <= 0 && wait > TimeSpan.Zero) await DelayBoundedAsync(wait + ResetMargin, ct);
        bucket.Remaining--;  // our own count wins over headers until the answer arrives
    }

    private void Update(RateLimitRoute route, Bucket bucket, HttpResponseMessage response)
    {
        var headers = response.Headers;
        if (Header(headers, "X-RateLimit-Bucket") is { } hash && (!_hashes.TryGetValue(route.Key, out var known) || known != hash))
        {
            _hashes[route.Key] = hash;
            _buckets.TryAdd($"{hash}|{route.MajorParameter}", bucket);  // the state learned so far moves with it
        }
        if (Header(headers, "X-RateLimit-Remaining") is { } remaining && Header(headers, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            bucket.Remaining = int.Parse(remaining, CultureInfo.InvariantCulture);
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(double.Parse(resetAfter, CultureInfo.InvariantCulture));
        }
        else if (response.IsSuccessStatusCode)
            bucket.Remaining = int.MaxValue;  // a route without limit headers is unlimited
    }

    private static string? Header(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed class Bucket
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Remaining { get; set; } = 1;
        public DateTimeOffset ResetAt { get; set; }
    }
}
