using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>What a person sees in a real browser, opening seed 000's dashboard from a link the engine made.</summary>
public sealed class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PhaseBoard_ShowsEveryPhaseWithTheEnginesItemsAndRollup_OnPhoneAndDesktop()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/done t1 t2", privately: true);
        var link = await server.LinkAsync();
        var expected = await PhaseCountsAsync(server);

        foreach (var phone in new[] { true, false })
        {
            var page = await browser.PageAsync(phone);
            await page.GotoAsync(link.ToString());

            var phases = page.Locator("section.phase");
            Assert.Equal(expected.Count, await phases.CountAsync());
            for (var i = 0; i < expected.Count; i++)
                Assert.Equal(expected[i].Items, await phases.Nth(i).Locator("article.card").CountAsync());
            Assert.Contains("2 of", await phases.First.Locator(".rollup").InnerTextAsync());
            await BrowserFixture.ShotAsync(page, $"board-{(phone ? "phone" : "desktop")}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Kanban_ColumnsCountAsTheEngine_AndACardMovedToDoneShowsInProgress()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/doing t3", privately: true);
        await server.SendAsync("/blocked t4 waiting", privately: true);
        var link = await server.LinkAsync();
        var page = await browser.PageAsync(phone: false);
        await page.GotoAsync(new Uri(link, "kanban").ToString());

        Assert.Equal(await CountAsync(server, ItemStatus.Todo), await ColumnAsync(page, "todo").Locator("article.card").CountAsync());
        Assert.Equal(1, await ColumnAsync(page, "doing").Locator("article.card").CountAsync());
        Assert.Equal(1, await ColumnAsync(page, "blocked").Locator("article.card").CountAsync());
        await BrowserFixture.ShotAsync(page, "kanban-desktop");

        // Choosing a status posts the move at once (site.js); SelectOptionAsync does not wait for the navigation it starts.
        await BrowserFixture.NavigateByAsync(page, server, () => page.Locator("#i-t3 select[name=status]").SelectOptionAsync("done"));

        Assert.Contains("said=", page.Url, StringComparison.Ordinal);

        Assert.Equal(1, await ColumnAsync(page, "done").Locator("#i-t3").CountAsync());
        Assert.Contains("t3", await page.Locator(".notice").InnerTextAsync());
        Assert.Contains("Progress: 1/72 done", await server.SendAsync("/progress", privately: true));
        var phone = await browser.PageAsync(phone: true);
        await phone.GotoAsync(new Uri(link, "kanban").ToString());
        await BrowserFixture.ShotAsync(phone, "kanban-phone");
    }

    private static ILocator ColumnAsync(IPage page, string verb) => page.Locator($"section.column[data-status={verb}]");

    private static async Task<List<(string Phase, int Items)>> PhaseCountsAsync(DashboardServer server)
    {
        await using var db = server.Db();
        var phases = await db.Phases.OrderBy(p => p.Order).Select(p => p.Key).ToListAsync(Ct);
        var items = await db.Items.GroupBy(i => i.PhaseKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct);
        return [.. phases.Select(p => (p, items.FirstOrDefault(i => i.Key == p)?.Count ?? 0))];
    }

    private static async Task<int> CountAsync(DashboardServer server, ItemStatus status)
    {
        await using var db = server.Db();
        var ann = await db.Members.SingleAsync(m => m.UserId == "ann", Ct);
        var view = (await RoadmapView.LoadAsync(db, ann.SpaceId, Ct))!;
        var progress = await MemberProgress.LoadAsync(db, ann.Id, Ct);
        return view.Items.Count(i => progress.StatusOf(i) == status);
    }
}
