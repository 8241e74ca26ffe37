using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Telegram.Tests.Fakes;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Two real <c>roadmapbot run</c> processes on one PostgreSQL and the fake Bot API (the first polls, the second only
/// sends): 1,000 members' kickoffs at 08:00, the node sending them killed with SIGKILL in the middle; the other finishes.
/// </summary>
public sealed partial class ClusterProcessTests
{
    private const int Groups = 10;
    private const int MembersPerGroup = 100;
    private const string Zone = "Europe/Berlin";
    private static readonly DateTimeOffset Joined = new(2026, 3, 30, 7, 0, 0, TimeSpan.FromHours(2));

    [Fact(Timeout = 480_000)]
    public async Task ThousandKickoffs_OneNodeKilledMidFanOut_EveryMemberGetsItOnce_ExceptLoggedInDoubtRows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(StorageProvider.PostgreSql);
        await SeedAsync(store, ct);
        await using var api = await FakeBotApi.StartAsync();
        var nodes = new[] { Node.Start(store, api, receives: true), Node.Start(store, api, receives: false) };
        try
        {
            // The node Quartz gave the tick to is the one whose /metrics counts sends: kill it once it has sent 150.
            Node sending;
            while ((sending = nodes.FirstOrDefault(n => n.Sent() >= 150)!) is null) await Task.Delay(100, ct);
            sending.Kill();
            var survivor = nodes.Single(n => n != sending);
            var sentByKilled = api.Requests.Count(IsKickoff);
            Assert.InRange(sentByKilled, 150, Groups * MembersPerGroup - 100);  // killed mid-run, not after it

            // The survivor recovers the job once the killed node misses its Quartz check-ins, sends what was never claimed, and resends the in-doubt claims.
            await UntilAsync(() => store.Open().Outbox.All(o => o.State == OutboxState.Sent || o.State == OutboxState.Skipped), ct);
            await Task.Delay(TimeSpan.FromSeconds(2), ct);  // any send still in flight reaches the fake

            await using var db = store.Open();
            var kickoffs = await db.Outbox.Where(o => o.Kind == ReminderKind.Kickoff).Select(o => new { o.Key, o.State }).ToListAsync(ct);
            var perChat = api.Requests.Where(IsKickoff).GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
            var inDoubt = survivor.Stderr().Count(l => l.Contains("IN DOUBT kind=kickoff", StringComparison.Ordinal));
            var duplicates = perChat.Values.Sum(c => c - 1);
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"killed after {sentByKilled} kickoffs; {perChat.Count} members reached; {inDoubt} in doubt; {duplicates} sent twice");

            Assert.Equal(Groups * MembersPerGroup, kickoffs.Count);
            Assert.All(kickoffs, k => Assert.Equal(OutboxState.Sent, k.State));
            Assert.Equal(Groups * MembersPerGroup, perChat.Count);  // 0 missing
            Assert.InRange(inDoubt, 0, 32);  // at most the sends in flight when it died
            Assert.InRange(duplicates, 0, inDoubt);  // a member got it twice only if its row was in doubt, and that is logged
        }
        finally
        {
            foreach (var node in nodes) node.Kill();
        }
    }

    private static bool IsKickoff(FakeRequest request) => !request.Faulted && request.Method == "sendMessage" && request.ChatId > 0;

    /// <summary>Ten groups of a hundred members on seed 000, imported and joined through the engine at 07:00 that morning.</summary>
    private static async Task SeedAsync(TestStore store, CancellationToken ct)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Joined))
            .AddLogging()
            .AddRoadmapCore(o => { store.Apply(o); o.DefaultTimeZone = Zone; })
            .BuildServiceProvider();
        var engine = services.GetRequiredService<ChatEngine>();
        var seed = Seeds.Read("000");
        for (var g = 1; g <= Groups; g++)
        {
            var group = (-1_000_000_000L - g).ToString(CultureInfo.InvariantCulture);
            var import = new ChatMessage(ChatPlatform.Telegram, group, true, Member(g, 0), "Admin", "/import")
            {
                Attachments = [new ChatAttachment("000.md", seed)], SenderIsPlatformAdmin = true,
            };
            Assert.StartsWith("Imported", Assert.Single(await engine.HandleAsync(import, ct)).ToPlainText(), StringComparison.Ordinal);
            for (var m = 1; m < MembersPerGroup; m++)
                await engine.HandleAsync(new ChatMessage(ChatPlatform.Telegram, group, true, Member(g, m), $"Member {g}.{m}", "/help"), ct);
        }
    }

    private static string Member(int group, int member) => (100_000 + group * 1_000 + member).ToString(CultureInfo.InvariantCulture);

    private static async Task UntilAsync(Func<bool> condition, CancellationToken ct)
    {
        while (!condition()) await Task.Delay(500, ct);
    }

    /// <summary>One <c>roadmapbot run</c> process, its stderr kept, its /metrics read.</summary>
    private sealed class Node
    {
        private readonly Process _process;
        private readonly List<string> _stderr = [];
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
        private Uri? _address;

        private Node(Process process) => _process = process;

        public static Node Start(TestStore store, FakeBotApi api, bool receives)
        {
            var start = new ProcessStartInfo("dotnet", [HostProgram.Path(), "run", "--clock", "2026-03-30T07:59:50+02:00"])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetTempPath(),
            };
            start.Environment["RoadmapBot__PostgreSql"] = store.PostgreSql;
            start.Environment["RoadmapBot__Database"] = store.SqlitePath;
            start.Environment["RoadmapBot__DefaultTimeZone"] = Zone;
            start.Environment["RoadmapBot__Telegram__Token"] = FakeBotApi.Token;
            start.Environment["RoadmapBot__Telegram__ApiBaseUrl"] = api.BaseUrl;
            start.Environment["RoadmapBot__Telegram__PollTimeoutSeconds"] = "1";
            start.Environment["RoadmapBot__Telegram__Updates"] = receives ? "poll" : "off";
            start.Environment["RoadmapBot__Http__Urls"] = "http://127.0.0.1:0";
            var node = new Node(Process.Start(start)!);
            node._process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (node._stderr) node._stderr.Add(e.Data);
                if (Address().Match(e.Data) is { Success: true } m) node._address = new Uri(m.Value);
            };
            node._process.OutputDataReceived += (_, _) => { };
            node._process.BeginErrorReadLine();
            node._process.BeginOutputReadLine();
            return node;
        }

        public IReadOnlyList<string> Stderr()
        {
            lock (_stderr) return [.. _stderr];
        }

        /// <summary>Reminders this process has sent so far, from its /metrics; 0 before it serves or once it is gone.</summary>
        public int Sent()
        {
            if (_address is null || _process.HasExited) return 0;
            try
            {
                var text = _http.GetStringAsync(new Uri(_address, "/metrics")).GetAwaiter().GetResult();
                var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("roadmapbot_reminders_total{outcome=\"sent\"", StringComparison.Ordinal));
                return line is null ? 0 : (int)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return 0;
            }
        }

        public void Kill()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
