using Microsoft.Playwright;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>
/// One headless Chromium per test class: Debian's /usr/bin/chromium (.ci/run installs it), never a browser Playwright would
/// download. Screenshots go to the test output's TestResults/screenshots (not committed).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    // Playwright's own default for a navigation.
    private static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(30);
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>A page at phone width (390 px) or desktop width (1280 px).</summary>
    public async Task<IPage> PageAsync(bool phone)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
        });
        var page = await context.NewPageAsync();
        PageTrail.Follow(page);
        return page;
    }

    /// <summary>
    /// Does what makes the page navigate (a form posted, a link followed) and returns once the new document is parsed. Our
    /// handler is on the page's DOMContentLoaded before the action, so the new document's event cannot pass unseen. Playwright
    /// .NET's own waits (WaitForURLAsync, WaitForLoadStateAsync) read the frame's URL or load states, then subscribe, with no
    /// lock: an event handled in between is missed and the wait runs to its 30 s timeout (under load, WaitForLoadStateAsync was
    /// seen waiting for a DOMContentLoaded the page had already fired).
    /// </summary>
    internal static Task NavigateByAsync(IPage page, DashboardServer server, Func<Task> action) => PageTrail.StepAsync(page, server, async () =>
    {
        var parsed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnParsed(object? sender, IPage e) => parsed.TrySetResult();
        page.DOMContentLoaded += OnParsed;
        try
        {
            await action();
            await parsed.Task.WaitAsync(NavigationTimeout, TestContext.Current.CancellationToken);
        }
        finally
        {
            page.DOMContentLoaded -= OnParsed;
        }
    });

    public static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + "-first-screen.png") });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
