using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Benchmarks.Commands;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Dashboard;
using RoadmapBot.Core.Data;
using RoadmapBot.Host.Dashboard;
using static RoadmapBot.Benchmarks.Commands.EngineDatabase;

namespace RoadmapBot.Benchmarks.Dashboard;

/// <summary>
/// A dashboard view of seed 000 for one member, rendered server-side from its link (check the token, read the member's
/// roadmap and statuses, build the view, write the HTML), against the engine's /tasks for the same member in the same run
/// (goal: at most 3×). The engine benchmark's database (1,000 spaces × 10 members); calls rotate through every member.
/// The phase board's /progress chart is its own request (the SVG the page's image loads): PhaseBoardWithChart is both, as a
/// browser asks for them. Every space's roadmap view is in the engine's cache before anything is measured. Setup prints
/// each page's weight (goal: under 150 KB without the pictures) and each chart's.
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private string _database = "";
    private ServiceProvider? _services;
    private ChatEngine? _engine;
    private DashboardSite? _site;
    private (ChatMessage Tasks, long MemberId, string Token)[] _members = [];
    private int _calls;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = await CopyAsync();
        _services = await EngineHost.StartAsync(_database, new SteppingClock(Now, TimeSpan.FromMilliseconds(10)), s => s.AddSingleton<DashboardSite>());
        _engine = _services.GetRequiredService<ChatEngine>();
        _site = _services.GetRequiredService<DashboardSite>();
        var links = _services.GetRequiredService<DashboardLinks>();
        await using (var db = _services.GetRequiredService<IDbContextFactory<RoadmapDbContext>>().CreateDbContext())
        {
            var byUser = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.UserId);
            var list = new List<(ChatMessage, long, string)>();
            foreach (var (space, member) in ShuffledMembers())
            {
                var row = byUser[UserId(space, member)];
                list.Add((new ChatMessage(ChatPlatform.Telegram, SpaceId(space), true, row.UserId, row.DisplayName, "/tasks"), row.Id,
                    await links.TokenAsync(row, LinkKind.Dashboard, CancellationToken.None)));
            }
            _members = [.. list];
        }
        await EngineHost.FillRoadmapCacheAsync(_services);
        foreach (var view in DashboardView.All)
            Console.WriteLine($"// Page weight, {view.Title}: {Encoding.UTF8.GetByteCount(await RenderAsync(view, 0)) / 1024.0:0.0} KB");
        Console.WriteLine($"// Chart weight, /progress SVG: {Encoding.UTF8.GetByteCount(await ProgressChartAsync(0)) / 1024.0:0.0} KB");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
            await EngineHost.StopAsync(_services, _database);
        Delete(_database);
    }

    [Benchmark(Baseline = true)]
    public async Task<ChatReply> Tasks() =>
        await _engine!.HandleAsync(_members[_calls++ % _members.Length].Tasks) is [{ Blocks.Count: > 1 } reply]
            ? reply
            : throw new InvalidOperationException("/tasks did not get a real reply.");

    [Benchmark]
    public Task<string> PhaseBoard() => RenderAsync(DashboardView.Board, _calls++);

    [Benchmark]
    public Task<string> Kanban() => RenderAsync(DashboardView.Kanban, _calls++);

    [Benchmark]
    public Task<string> PhaseBoardChart() => ProgressChartAsync(_calls++);

    [Benchmark]
    public async Task<int> PhaseBoardWithChart()
    {
        var call = _calls++;
        return (await RenderAsync(DashboardView.Board, call)).Length + (await ProgressChartAsync(call)).Length;
    }

    // What GET /dashboard/ID/TOKEN/chart/progress.svg does: the link checked again, the member's numbers drawn.
    private async Task<string> ProgressChartAsync(int call)
    {
        var (_, memberId, token) = _members[call % _members.Length];
        var (_, snapshot) = await _site!.OpenAsync(memberId, token, LinkKind.Dashboard, CancellationToken.None);
        return DashboardCharts.Progress(snapshot!) ?? throw new InvalidOperationException($"member {memberId} has no chart");
    }

    private async Task<string> RenderAsync(DashboardView view, int call)
    {
        var (_, memberId, token) = _members[call % _members.Length];
        var (check, snapshot) = await _site!.OpenAsync(memberId, token, LinkKind.Dashboard, CancellationToken.None);
        return snapshot is null
            ? throw new InvalidOperationException($"the link of member {memberId} did not open: {check.Verdict}")
            : await DashboardPages.RenderAsync(_site, snapshot, view, token, _ => null, CancellationToken.None);
    }
}
