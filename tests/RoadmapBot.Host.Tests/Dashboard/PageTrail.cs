using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using RoadmapBot.Host.Dashboard;

namespace RoadmapBot.Host.Tests.Dashboard;

/// <summary>
/// What a page did (requests, answers, navigations, load events), kept so that a browser step that fails can say what the
/// page and the server saw instead of only "Timeout 30000ms exceeded". Milliseconds are for reading the failure, never asserted.
/// </summary>
internal sealed class PageTrail
{
    private static readonly ConditionalWeakTable<IPage, PageTrail> Trails = [];
    private readonly ConcurrentQueue<string> _events = new();
    private readonly Stopwatch _since = Stopwatch.StartNew();

    private PageTrail(IPage page)
    {
        page.Request += (_, r) => Add($"→ {r.Method} {Path(r.Url)}");
        page.Response += (_, r) => Add($"← {r.Status} {Path(r.Url)}");
        page.RequestFailed += (_, r) => Add($"✗ {r.Method} {Path(r.Url)}: {r.Failure}");
        page.FrameNavigated += (_, f) => Add($"navigated to {Path(f.Url)}");
        page.DOMContentLoaded += (_, _) => Add("DOMContentLoaded");
        page.Load += (_, _) => Add("load");
        page.Console += (_, m) => Add($"console {m.Type}: {m.Text}");
        page.PageError += (_, e) => Add($"page error: {e}");
    }

    /// <summary>Starts keeping the trail of a new page (before it opens anything).</summary>
    public static void Follow(IPage page) => Trails.Add(page, new PageTrail(page));

    /// <summary>Runs one step; if it throws, the failure says where the page is, what it saw and what the server answered.</summary>
    public static async Task StepAsync(IPage page, DashboardServer server, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            throw new TimeoutException(Describe(page, server, e.Message), e);
        }
    }

    private static string Describe(IPage page, DashboardServer server, string failure)
    {
        var trail = Trails.TryGetValue(page, out var kept) ? kept._events : new ConcurrentQueue<string>();
        var answers = server.Logs.Lines.Select(l => l.Line).Where(l => l.Contains(" HTTP ", StringComparison.Ordinal));
        return $"{failure}\npage is at {Path(page.Url)}\npage saw:\n  {string.Join("\n  ", trail)}\nserver answered:\n  {string.Join("\n  ", answers)}";
    }

    private static string Path(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? RequestLog.Redact(uri.PathAndQuery) + uri.Fragment : url;

    private void Add(string what) => _events.Enqueue($"{_since.ElapsedMilliseconds,6} ms {what}");
}
