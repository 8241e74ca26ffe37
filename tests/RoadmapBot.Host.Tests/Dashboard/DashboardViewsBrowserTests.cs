using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>The calendar, skills, projects, habits and group views in a real browser, each checked against the engine and shot at both widths.</summary>
public sealed class DashboardViewsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private async Task<IPage> OpenAsync(Uri link, string view, string shot)
    {
        foreach (var phone in new[] { true, false })
        {
            var page = await browser.PageAsync(phone);
            await page.GotoAsync(new Uri(link, view).ToString());
            await BrowserFixture.ShotAsync(page, $"{shot}-{(phone ? "phone" : "desktop")}");
            if (!phone) return page;
            await page.Context.CloseAsync();
        }
        throw new InvalidOperationException("unreachable");
    }

    [Fact]
    public async Task Calendar_ShowsEachDaysSlotsAsTheEngineDatesThem_WithOverdueItemsMarked()
    {
        await using var server = await DashboardServer.StartAsync("004");
        var link = await server.LinkAsync();
        var page = await OpenAsync(link, "calendar?month=2025-10", "calendar");
        await using var db = server.Db();
        var items = await db.Items.AsNoTracking().ToListAsync(Ct);

        foreach (var day in new[] { new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 24), new DateOnly(2025, 10, 28) })
            Assert.Equal(items.Count(i => i.DueDate == day), await page.Locator($".day[data-day='{day:yyyy-MM-dd}'] .entry").CountAsync());
        // Clock: 15 Jan 2026, so every October item not done is overdue; the 8 done in the file are not.
        Assert.Equal(items.Count(i => i.DueDate?.Month == 10 && i.InitialStatus is not (ItemStatus.Done or ItemStatus.Skipped)),
            await page.Locator(".day:not(.other) .entry.overdue").CountAsync());
        Assert.Equal(items.Count(i => i.DueDate == new DateOnly(2025, 10, 1) && i.InitialStatus == ItemStatus.Done),
            await page.Locator(".day[data-day='2025-10-01'] .entry.s-done").CountAsync());
    }

    [Fact]
    public async Task Skills_CountDoneAndOpenPerSkillAsTheEngine()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/done t5 t6", privately: true);
        var link = await server.LinkAsync();
        var page = await OpenAsync(link, "skills", "skills");
        await using var db = server.Db();
        var sql = (await db.Items.AsNoTracking().ToListAsync(Ct)).Where(i => i.Skills.Contains("sql", StringComparer.OrdinalIgnoreCase)).ToList();

        var row = page.Locator("tr[data-skill=sql] td");
        Assert.Equal(sql.Count(i => i.Key is "t5" or "t6").ToString(System.Globalization.CultureInfo.InvariantCulture), await row.Nth(0).InnerTextAsync());
        Assert.Equal((sql.Count - sql.Count(i => i.Key is "t5" or "t6")).ToString(System.Globalization.CultureInfo.InvariantCulture), await row.Nth(1).InnerTextAsync());
    }

    [Fact]
    public async Task Projects_ShowEveryProjectWithItsDeliverableAndTheMembersProofLink()
    {
        await using var server = await DashboardServer.StartAsync();
        await using var db = server.Db();
        var projects = await db.Items.AsNoTracking().Where(i => i.Kind == ItemKind.Project).OrderBy(i => i.Order).ToListAsync(Ct);
        var first = projects[0];
        await server.SendAsync($"/proof {first.Key} https://github.com/ann/etl", privately: true);
        var link = await server.LinkAsync();
        var page = await OpenAsync(link, "projects", "projects");

        Assert.Equal(projects.Count, await page.Locator(".gallery article.card").CountAsync());
        Assert.Equal("https://github.com/ann/etl", await page.Locator($"[id='i-{first.Key}'] .proof a").GetAttributeAsync("href"));
        Assert.Contains(first.Deliverable!, await page.Locator($"[id='i-{first.Key}'] .deliverable").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Habits_ShowTheHeatmapAndThisWeekAsWeekSaysIt()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/log sql 4", privately: true);
        var link = await server.LinkAsync();
        var page = await OpenAsync(link, "habits", "habits");

        Assert.StartsWith("data:image/png;base64,", await page.Locator("img.chart").GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.True(await page.Locator("img.chart").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        Assert.Contains("sql: 4", await page.Locator(".habits").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Group_ShowsEveryMember_ButNotAMetricTheyKeepPrivate()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/share sql off", privately: true);
        await server.SendAsync("/log sql 4", privately: true);
        await server.SendAsync("/log sql 3", user: "bob", privately: true);
        await server.SendAsync("/done t1", user: "bob", privately: true);
        await using var db = server.Db();
        var sqlHabit = await db.Habits.AsNoTracking().Where(h => h.Metric == "sql").Select(h => h.Title).SingleAsync(Ct);
        var link = await server.LinkAsync("bob");
        var page = await OpenAsync(link, "group", "group");

        var ann = page.Locator("li.member[data-member=ann]");
        var bob = page.Locator("li.member[data-member=bob]");
        Assert.Contains("1/", await bob.Locator(".meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"{sqlHabit}: 3 this week", await bob.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(sqlHabit, await ann.InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual(0, await ann.Locator(".metric").CountAsync());
    }

    [Fact]
    public async Task Filters_InTheUrl_KeepOnlyMatchingCards_AndSurviveNavigation()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/doing t1 t2 t9", privately: true);
        var link = await server.LinkAsync();
        var page = await browser.PageAsync(phone: false);
        await page.GotoAsync(new Uri(link, "kanban?status=doing&phase=ph1").ToString());

        Assert.Equal(2, await page.Locator("article.card").CountAsync());
        // ClickAsync returns at the navigation's commit, before the new page's cards are parsed: CountAsync would see part of them.
        await BrowserFixture.NavigateByAsync(page, server, () => page.Locator("nav a", new PageLocatorOptions { HasText = "Phases" }).ClickAsync());
        Assert.Contains("phase=ph1&status=doing", page.Url, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("article.card").CountAsync());
    }
}
