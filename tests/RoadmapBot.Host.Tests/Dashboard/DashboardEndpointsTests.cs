using System.Net;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>Every address the dashboard answers GET on answers HEAD too (RFC 9110 §9.1): the same status and headers, no body.</summary>
public sealed class DashboardEndpointsTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/dashboard", "")]
    [InlineData("/dashboard", "kanban")]
    [InlineData("/dashboard", "calendar?month=2026-01")]
    [InlineData("/dashboard", "projects")]
    [InlineData("/dashboard", "chart/progress.svg")]
    [InlineData("/dashboard", "chart/board.svg")]
    [InlineData("/dashboard", "/dashboard/assets/site.css")]
    [InlineData("/dashboard", "/dashboard/assets/site.js")]
    [InlineData("/dashboard", "no-such-view")]
    [InlineData("/dashboard", "/dashboard/assets/no-such-file.css")]
    [InlineData("/calendar", "")]
    public async Task Head_AnswersAsGetDoes_WithTheSameHeaders_AndNoBody(string command, string path)
    {
        await using var server = await DashboardServer.StartAsync();
        var url = new Uri(await server.LinkAsync(command: command), path);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var get = await http.GetAsync(url, Ct);
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), Ct);

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(Headers(get), Headers(head));
        // HEAD may leave Content-Length out (Kestrel does for an empty answer), but never says another length than GET's.
        Assert.True(head.Content.Headers.ContentLength is null || head.Content.Headers.ContentLength == (await get.Content.ReadAsByteArrayAsync(Ct)).Length);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Head_OnAClosedLink_SaysGoneAsGetDoes()
    {
        await using var server = await DashboardServer.StartAsync();
        var feed = await server.LinkAsync(command: "/calendar");
        await server.SendAsync("/calendar off", privately: true);
        using var http = new HttpClient();

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, feed), Ct);

        Assert.Equal(HttpStatusCode.Gone, head.StatusCode);
    }

    // Every header but Date (the moment each answer was sent) and Content-Length (checked apart).
    private static string Headers(HttpResponseMessage answer) => string.Join("\n",
        answer.Headers.Concat(answer.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Content-Length"))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.Ordinal));
}
