using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Discord.Client;
using RoadmapBot.Discord.Client.Rest;

namespace RoadmapBot.Discord.Tests.Client.Rest;

public sealed class RestRateLimiterTests
{
    private static readonly RateLimitRoute Messages = RateLimitRoute.From(HttpMethod.Post, "/channels/1/messages");
    private readonly FakeTimeProvider _time = new();
    private readonly DiscordClientOptions _options = new() { GlobalRequestsPerSecond = 2, ServerErrorRetryDelay = TimeSpan.FromSeconds(1) };
    private int _sent;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private RestRateLimiter Limiter() => new(_options, _time, NullLogger.Instance);

    private Func<CancellationToken, Task<HttpResponseMessage>> Answer(Func<int, HttpResponseMessage> respond) =>
        _ => Task.FromResult(respond(Interlocked.Increment(ref _sent)));

    private static HttpResponseMessage Ok(int remaining, double resetAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-RateLimit-Bucket", "abc");
        response.Headers.Add("X-RateLimit-Limit", "5");
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }

    private static HttpResponseMessage TooMany(string json) =>
        new(HttpStatusCode.TooManyRequests) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    [Fact]
    public async Task ExhaustedBucket_HoldsTheNextRequestUntilResetAfter()
    {
        var limiter = Limiter();
        (await limiter.SendAsync(Messages, Answer(_ => Ok(0, 2)), true, Ct)).Dispose();

        var next = limiter.SendAsync(Messages, Answer(_ => Ok(4, 2)), true, Ct);
        _time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Equal(1, _sent);
        _time.Advance(TimeSpan.FromSeconds(0.2));
        (await next).Dispose();

        Assert.Equal(2, _sent);
    }

    [Fact]
    public async Task TooManyRequests_MarksTheBucketExhaustedAndRetriesAfterRetryAfter()
    {
        var limiter = Limiter();
        var sending = limiter.SendAsync(Messages, Answer(n => n == 1 ? TooMany("""{"retry_after":3,"global":false}""") : Ok(4, 1)), true, Ct);

        _time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.Equal(1, _sent);
        _time.Advance(TimeSpan.FromSeconds(0.2));
        using var response = await sending;

        Assert.Equal((HttpStatusCode.OK, 2), (response.StatusCode, _sent));
    }

    [Fact]
    public async Task TooManyRequests_AfterThreeRetries_Throws()
    {
        var limiter = Limiter();
        var sending = limiter.SendAsync(Messages, Answer(_ => TooMany("""{"retry_after":1,"global":false}""")), true, Ct);
        for (var i = 0; i < 4; i++) _time.Advance(TimeSpan.FromSeconds(1.1));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => sending);

        Assert.Equal((429, 4), (error.Status, _sent));
    }

    [Fact]
    public async Task GlobalTooManyRequests_BlocksOtherRoutesToo()
    {
        var limiter = Limiter();
        var other = RateLimitRoute.From(HttpMethod.Post, "/channels/2/messages");
        var first = limiter.SendAsync(Messages, Answer(n => n == 1 ? TooMany("""{"retry_after":5,"global":true}""") : Ok(4, 1)), true, Ct);

        var second = limiter.SendAsync(other, Answer(_ => Ok(4, 1)), true, Ct);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Equal(1, _sent);
        _time.Advance(TimeSpan.FromSeconds(0.2));
        (await first).Dispose();
        (await second).Dispose();

        Assert.Equal(3, _sent);
    }

    [Fact]
    public async Task GlobalTooManyRequests_OnAnInteractionCallback_WaitsRetryAfterBeforeTheRetry()
    {
        var limiter = Limiter();
        var callback = RateLimitRoute.From(HttpMethod.Post, "/interactions/1/tok/callback");
        var sending = limiter.SendAsync(callback,
            Answer(n => n == 1 ? TooMany("""{"retry_after":10,"global":true}""") : new HttpResponseMessage(HttpStatusCode.NoContent)), false, Ct);

        _time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.Equal(1, _sent);  // callbacks skip the global gate, yet must not go again at once
        _time.Advance(TimeSpan.FromSeconds(0.2));
        using var response = await sending;

        Assert.Equal((HttpStatusCode.NoContent, 2), (response.StatusCode, _sent));
    }

    [Fact]
    public async Task GlobalGate_LetsThroughTheConfiguredRatePerSecond_ButNotInteractionCallbacks()
    {
        var limiter = Limiter();
        var callback = RateLimitRoute.From(HttpMethod.Post, "/interactions/1/tok/callback");
        var channels = Enumerable.Range(1, 3).Select(i => RateLimitRoute.From(HttpMethod.Post, $"/channels/{i}/messages")).ToList();

        var sends = channels.Select(route => limiter.SendAsync(route, Answer(_ => Ok(4, 1)), true, Ct)).ToList();
        (await limiter.SendAsync(callback, Answer(_ => new HttpResponseMessage(HttpStatusCode.NoContent)), false, Ct)).Dispose();

        Assert.Equal(3, _sent);  // two channel messages (the global rate is 2/s here) and the callback
        _time.Advance(TimeSpan.FromSeconds(1));
        foreach (var send in sends) (await send).Dispose();
        Assert.Equal(4, _sent);
    }

    [Fact]
    public async Task ServerError_IsRetriedWithBackoff()
    {
        var limiter = Limiter();
        var sending = limiter.SendAsync(Messages, Answer(n => n < 3 ? new HttpResponseMessage(HttpStatusCode.BadGateway) : Ok(4, 1)), true, Ct);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, _sent);
        _time.Advance(TimeSpan.FromSeconds(2));
        using var response = await sending;

        Assert.Equal((HttpStatusCode.OK, 3), (response.StatusCode, _sent));
    }

    [Fact]
    public async Task WaitLongerThanTheBound_FailsInsteadOfHanging()
    {
        var limiter = Limiter();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            limiter.SendAsync(Messages, Answer(_ => TooMany("""{"retry_after":3600,"global":true}""")), true, Ct));

        Assert.Equal(429, error.Status);
    }

    [Theory]
    [InlineData("/channels/123/messages", "POST /channels/:id/messages", "123")]
    [InlineData("/channels/123/messages/456", "POST /channels/:id/messages/:id", "123")]
    [InlineData("/webhooks/9/secret-token/messages/@original", "POST /webhooks/:id/:token/messages/@original", "9/secret-token")]
    [InlineData("/webhooks/9/secret-token?wait=true", "POST /webhooks/:id/:token", "9/secret-token")]
    [InlineData("/users/@me/channels", "POST /users/@me/channels", "global")]
    [InlineData("/applications/5/commands", "POST /applications/:id/commands", "global")]
    public void Route_TemplatesIdsAndKeepsTheMajorParameter(string path, string key, string major)
    {
        var route = RateLimitRoute.From(HttpMethod.Post, path);

        Assert.Equal((key, major, false), (route.Key, route.MajorParameter, route.Exempt));
    }
}
