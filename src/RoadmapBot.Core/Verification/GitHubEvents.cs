using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Verification;

/// <summary>
/// Counts an account's pushes from GET /users/{name}/events/public: each PushEvent on the member's local day counts
/// its commits (payload.size, else payload.commits) or one push. An unchanged feed is asked with its ETag and comes
/// back 304, which costs no budget; the page it stood for is kept here.
/// </summary>
public sealed class GitHubEvents(HttpClient http, IOptions<GitHubOptions> options, RateBudget budget, ILogger<GitHubEvents> logger) : IActivitySource
{
    private readonly ConcurrentDictionary<string, (string ETag, IReadOnlyList<Push> Pushes)> _pages = new(StringComparer.OrdinalIgnoreCase);

    public string Name => "github";

    public string Proof => "pushed to GitHub today";

    public async Task<ActivityCheck> CountAsync(string account, MemberDay memberDay, DateOnly day, long memberId, int sharers, CancellationToken ct)
    {
        if (!budget.TryTake(memberId, sharers))
            return ActivityCheck.Spent;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(options.Value.ApiUrl), $"users/{Uri.EscapeDataString(account)}/events/public?per_page=100"));
        request.Headers.Accept.ParseAdd("application/vnd.github+json");
        request.Headers.UserAgent.ParseAdd("RoadmapBot");
        if (options.Value.Token is { Length: > 0 } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var cached = _pages.TryGetValue(account, out var page);
        if (cached)
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(page.ETag));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("GitHub events for a verified habit could not be read: {Error}", e.Message);
            return ActivityCheck.Unavailable;
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
                budget.GiveBack(memberId);
            budget.Update(Header(response, "X-RateLimit-Limit"), Header(response, "X-RateLimit-Remaining"),
                Long(response, "X-RateLimit-Reset") is { } reset ? DateTimeOffset.FromUnixTimeSeconds(reset) : null);
            switch (response.StatusCode)
            {
                case HttpStatusCode.NotModified when cached:
                    return Count(page.Pushes, memberDay, day);
                case HttpStatusCode.NotFound:
                    return ActivityCheck.Unknown;
                case HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests when Header(response, "X-RateLimit-Remaining") == 0:
                    return ActivityCheck.Spent;
                case not HttpStatusCode.OK:
                    logger.LogWarning("GitHub answered {Status} for a verified habit's events", (int)response.StatusCode);
                    return ActivityCheck.Unavailable;
            }
            var pushes = Read(await response.Content.ReadAsStreamAsync(ct), out var events);
            if (response.Headers.ETag is { } etag)
                _pages[account] = (etag.ToString(), pushes);
            return Count(pushes, memberDay, day) with { HasPublicEvents = events > 0 };
        }
    }

    private static ActivityCheck Count(IReadOnlyList<Push> pushes, MemberDay memberDay, DateOnly day) =>
        new(ActivityOutcome.Counted, pushes.Where(p => memberDay.Of(p.At) == day).Sum(p => p.Commits));

    private static List<Push> Read(Stream body, out int events)
    {
        using var json = JsonDocument.Parse(body);
        events = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.GetArrayLength() : 0;
        if (events == 0)
            return [];
        return json.RootElement.EnumerateArray()
            .Where(e => e.TryGetProperty("type", out var type) && type.GetString() == "PushEvent" && e.TryGetProperty("created_at", out _))
            .Select(e => new Push(e.GetProperty("created_at").GetDateTimeOffset(), Commits(e)))
            .ToList();
    }

    // The commit count where the event carries one; a push without it counts once.
    private static int Commits(JsonElement e)
    {
        if (!e.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            return 1;
        if (payload.TryGetProperty("size", out var size) && size.TryGetInt32(out var n) && n > 0)
            return n;
        return payload.TryGetProperty("commits", out var commits) && commits.ValueKind == JsonValueKind.Array && commits.GetArrayLength() > 0
            ? commits.GetArrayLength()
            : 1;
    }

    private static int? Header(HttpResponseMessage response, string name) => Long(response, name) is { } value ? (int)Math.Min(value, int.MaxValue) : null;

    private static long? Long(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed record Push(DateTimeOffset At, int Commits);
}
