using Microsoft.Playwright;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>The chat's charts on the pages in a real browser: loaded under the strict CSP, visible and inside the screen at both widths.</summary>
public sealed class DashboardChartsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PhaseBoard_ShowsTheProgressChart_OnPhoneAndDesktop()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/done t1 t2 t3", privately: true);

        await ChartShownAsync(await server.LinkAsync(), "", "Progress: 3/72 done", "board-chart");
    }

    [Fact]
    public async Task GroupPage_ShowsTheBoardChart_OnPhoneAndDesktop()
    {
        await using var server = await DashboardServer.StartAsync();
        await server.SendAsync("/done t1", user: "bob", privately: true);
        await server.SendAsync("/log sql 2", privately: true);

        await ChartShownAsync(await server.LinkAsync(), "group", "Leaderboard", "group-chart");
    }

    private async Task ChartShownAsync(Uri link, string view, string alt, string shot)
    {
        foreach (var phone in new[] { true, false })
        {
            var page = await browser.PageAsync(phone);
            var refused = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) refused.Add(message.Text);
            };
            await page.GotoAsync(new Uri(link, view).ToString());
            var chart = page.Locator("img.chart");

            await chart.ScrollIntoViewIfNeededAsync();
            Assert.True(await chart.IsVisibleAsync());
            Assert.Contains(alt, await chart.GetAttributeAsync("alt") ?? "", StringComparison.Ordinal);
            Assert.Equal(800, await chart.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0"));
            var box = (await chart.BoundingBoxAsync())!;
            var width = page.ViewportSize!.Width;
            Assert.InRange(box.X, 0, width);
            Assert.InRange(box.X + box.Width, width * 0.5, width);
            Assert.Empty(refused);
            await BrowserFixture.ShotAsync(page, $"{shot}-{(phone ? "phone" : "desktop")}");
            await chart.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"{shot}-{(phone ? "phone" : "desktop")}-chart.png") });
            await page.Context.CloseAsync();
        }
    }
}
