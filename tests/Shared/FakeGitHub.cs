using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoadmapBot.Tests;

/// <summary>
/// GitHub's GET /users/{name}/events/public on Kestrel at 127.0.0.1: accounts with their public events (none for a
/// private one, 404 for one that does not exist), an ETag per feed answered with 304, and the X-RateLimit headers
/// with a remaining count that a 304 does not spend (403 once it is 0, until the window resets).
/// </summary>
internal sealed class FakeGitHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonArray> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Account, string? IfNoneMatch, int Status, string? Authorization)> _requests = [];
    private int _version;

    private FakeGitHub(WebApplication app) => _app = app;

    public string ApiUrl { get; private set; } = "";
    public int Limit { get; set; } = 60;
    public int Remaining { get; set; } = 60;
    public DateTimeOffset Reset { get; set; } = DateTimeOffset.UtcNow.AddHours(1);

    /// <summary>When false the feed has no ETag, so every request is a full one.</summary>
    public bool SendETags { get; set; } = true;

    public IReadOnlyList<(string Account, string? IfNoneMatch, int Status, string? Authorization)> Requests
    {
        get { lock (_gate) return _requests.ToList(); }
    }

    public static async Task<FakeGitHub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGitHub(app);
        app.MapGet("/users/{name}/events/public", fake.Events);
        await app.StartAsync();
        fake.ApiUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return fake;
    }

    /// <summary>An account with no public events yet (a private one looks the same).</summary>
    public void AddAccount(string name)
    {
        lock (_gate) { _events[name] = []; _version++; }
    }

    /// <summary>A PushEvent at <paramref name="at"/>; <paramref name="size"/> and <paramref name="commits"/> as the payload carries them (null: left out).</summary>
    public void Push(string name, DateTimeOffset at, int? size = null, int? commits = null) =>
        Add(name, "PushEvent", at, payload =>
        {
            if (size is { } s) payload["size"] = s;
            if (commits is { } c) payload["commits"] = new JsonArray([.. Enumerable.Range(0, c).Select(i => (JsonNode)new JsonObject { ["sha"] = $"{i:x40}" })]);
        });

    public void Add(string name, string type, DateTimeOffset at, Action<JsonObject>? payload = null)
    {
        var body = new JsonObject();
        payload?.Invoke(body);
        lock (_gate)
        {
            if (!_events.TryGetValue(name, out var events))
                _events[name] = events = [];
            events.Insert(0, new JsonObject
            {
                ["id"] = (++_version).ToString(CultureInfo.InvariantCulture),
                ["type"] = type,
                ["actor"] = new JsonObject { ["login"] = name },
                ["payload"] = body,
                ["public"] = true,
                ["created_at"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            });
        }
    }

    private IResult Events(string name, HttpContext http)
    {
        lock (_gate)
        {
            var ifNoneMatch = http.Request.Headers.IfNoneMatch.FirstOrDefault();
            var authorization = http.Request.Headers.Authorization.FirstOrDefault();
            if (DateTimeOffset.UtcNow >= Reset)
                (Remaining, Reset) = (Limit, DateTimeOffset.UtcNow.AddHours(1));
            var etag = _events.TryGetValue(name, out var events) ? $"\"{name.ToLowerInvariant()}-{events.Count}-{_version}\"" : null;
            var status = ifNoneMatch is not null && ifNoneMatch == etag && SendETags ? 304 : Remaining <= 0 ? 403 : events is null ? 404 : 200;
            if (status is 200 or 404)
                Remaining--;
            _requests.Add((name, ifNoneMatch, status, authorization));
            http.Response.Headers["X-RateLimit-Limit"] = Limit.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["X-RateLimit-Remaining"] = Math.Max(0, Remaining).ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["X-RateLimit-Reset"] = Reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            if (status == 200 && SendETags)
                http.Response.Headers.ETag = etag;
            return status switch
            {
                200 => Results.Content(events!.ToJsonString(), "application/json"),
                404 => Results.Json(new { message = "Not Found" }, statusCode: 404),
                403 => Results.Json(new { message = "API rate limit exceeded" }, statusCode: 403),
                _ => Results.StatusCode(status),
            };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
