using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Host.Dashboard;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>The dashboard over HTTP: which links open, what a refused one says, the headers, safe writes and logs without tokens.</summary>
public sealed partial class DashboardHttpTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private static HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task ValidLink_ShowsThePhaseBoard_WithStrictSecurityHeaders()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync();
        using var http = Client();

        var answer = await http.GetAsync(link, Ct);
        var page = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<section class=\"phase\"", page, StringComparison.Ordinal);
        Assert.Equal("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            answer.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", answer.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", answer.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", answer.Headers.CacheControl?.ToString());
        Assert.False(answer.Headers.Contains("Set-Cookie"));
        // Every script, stylesheet and image is the bot's own: no address of another site.
        Assert.DoesNotMatch(ExternalAsset(), page);
    }

    [Fact]
    public async Task TamperedToken_GetsAPlainPageSayingHowToGetANewLink()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync().ContinueWith(t => t.Result.ToString());
        var tampered = Regex.Replace(link, @"/([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)/$", m => $"/{m.Groups[1].Value}.{Flip(m.Groups[2].Value)}/");
        using var http = Client();

        var answer = await http.GetAsync(tampered, Ct);
        var page = await answer.Content.ReadAsStringAsync(Ct);

        Assert.NotEqual(link, tampered);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Contains("/dashboard</code> to the bot in a private chat", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ann", page, StringComparison.Ordinal);
        Assert.Equal("DENY", answer.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task ExpiredLink_GetsAPlainPageSayingItExpired()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync();
        server.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var http = Client();

        var answer = await http.GetAsync(link, Ct);

        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        Assert.Contains("This link has expired", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedLink_GetsAPlainPageSayingItWasClosed()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync();
        await server.SendAsync("/dashboard off", privately: true);
        using var http = Client();

        var answer = await http.GetAsync(link, Ct);

        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        Assert.Contains("This link was closed", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherMembersIdInTheUrl_OpensNothingOfTheirs()
    {
        await using var server = await DashboardServer.StartAsync();
        var mine = await server.LinkAsync("ann");
        var theirs = await server.LinkAsync("bob");
        var bobId = theirs.Segments[2].TrimEnd('/');
        var annId = mine.Segments[2].TrimEnd('/');
        using var http = Client();

        var answer = await http.GetAsync(mine.ToString().Replace($"/dashboard/{annId}/", $"/dashboard/{bobId}/", StringComparison.Ordinal), Ct);
        var page = await answer.Content.ReadAsStringAsync(Ct);

        Assert.NotEqual(annId, bobId);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.DoesNotContain("bob", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_WithoutTheFormToken_IsRefusedAndChangesNothing()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync();
        using var http = Client();

        var answer = await http.PostAsync(new Uri(link, "move"), new FormUrlEncodedContent(new Dictionary<string, string> { ["item"] = "t1", ["status"] = "done" }), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(ItemStatus.Todo, await StatusAsync(server, "t1"));
    }

    [Fact]
    public async Task Move_FromAnotherSite_IsRefusedEvenWithTheFormToken()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync();
        using var http = Client();
        var form = await FormTokenAsync(http, link);

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(link, "move"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["form"] = form, ["item"] = "t1", ["status"] = "done" }),
        };
        post.Headers.Add("Sec-Fetch-Site", "cross-site");
        var answer = await http.SendAsync(post, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(ItemStatus.Todo, await StatusAsync(server, "t1"));
    }

    [Fact]
    public async Task Move_WithTheFormToken_RunsTheChatCommand_AuditedAndUndoable()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync();
        using var http = Client();
        var form = await FormTokenAsync(http, link);

        var answer = await http.PostAsync(new Uri(link, "move?status=todo"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["form"] = form, ["item"] = "t1", ["status"] = "done" }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("/kanban?status=todo&said=", answer.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Done, await StatusAsync(server, "t1"));
        await using (var db = server.Db())
            Assert.Equal("/done t1", await db.Audit.OrderBy(a => a.Id).Select(a => a.Command).LastAsync(Ct));
        Assert.Contains("t1", await server.SendAsync("/undo", privately: true), StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Todo, await StatusAsync(server, "t1"));
    }

    [Fact]
    public async Task Requests_AreLoggedWithTheTokenCutOut()
    {
        await using var server = await DashboardServer.StartAsync();
        var link = await server.LinkAsync();
        var token = link.Segments[3].TrimEnd('/');
        using var http = Client();

        await http.GetAsync(new Uri(link, "kanban"), Ct);
        await http.GetAsync(link.ToString().Replace(token, token + "x", StringComparison.Ordinal), Ct);

        Assert.DoesNotContain(token, server.Logs.All, StringComparison.Ordinal);
        Assert.Contains($"HTTP GET {link.AbsolutePath.Replace(token, "***", StringComparison.Ordinal)}kanban 200", server.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryView_OfASpaceWithoutARoadmap_SaysHowToLoadOne_InsideTheFullPage()
    {
        await using var server = await DashboardServer.StartAsync(seed: "");
        var link = await server.LinkAsync();
        using var http = Client();

        foreach (var view in DashboardView.All)
        {
            var page = await http.GetStringAsync(new Uri(link, view.Slug), Ct);

            Assert.Contains("<main><p class=\"empty\">No roadmap here yet: an admin loads one with /import in the chat.</p></main></body></html>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<section", page, StringComparison.Ordinal);
            Assert.StartsWith("<!doctype html>", page, StringComparison.Ordinal);
        }
    }

    internal static async Task<string> FormTokenAsync(HttpClient http, Uri link)
    {
        var page = await http.GetStringAsync(new Uri(link, "kanban"), Ct);
        return FormField().Match(page).Groups[1].Value;
    }

    private static async Task<ItemStatus> StatusAsync(DashboardServer server, string key)
    {
        await using var db = server.Db();
        var ann = await db.Members.SingleAsync(m => m.UserId == "ann", Ct);
        return await db.Progress.Where(p => p.MemberId == ann.Id && p.ItemKey == key).Select(p => (ItemStatus?)p.Status).SingleOrDefaultAsync(Ct) ?? ItemStatus.Todo;
    }

    private static string Flip(string text) => (text[0] == 'A' ? "B" : "A") + text[1..];

    [GeneratedRegex("(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAsset();

    [GeneratedRegex("name=\"form\" value=\"([^\"]+)\"")]
    private static partial Regex FormField();
}
