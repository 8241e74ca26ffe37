using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>Two real <c>roadmapbot run</c> processes in webhook mode on one PostgreSQL, as behind a load balancer.</summary>
public sealed partial class WebhookProcessTests : IAsyncLifetime
{
    private const string Secret = "process-test-secret";
    private static readonly FakeUser Ana = new(601, "Ana");
    private static readonly FakeChat Chat = FakeChat.Private(Ana);
    private FakeBotApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact(Timeout = 240_000)]
    public async Task SameUpdatePostedToTwoInstances_IsRepliedOnce_AndTheChatsNextUpdateAfterIt()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.PostgreSql);
        var ct = TestContext.Current.CancellationToken;
        var (first, second) = (Start(store), Start(store));
        try
        {
            using var toFirst = new HttpClient { BaseAddress = await first.AddressAsync(ct) };
            using var toSecond = new HttpClient { BaseAddress = await second.AddressAsync(ct) };
            var help = WithId(Text(Chat, Ana, "/help"), 10);

            Assert.Equal(HttpStatusCode.OK, await PostAsync(toFirst, help, ct));
            Assert.Equal(HttpStatusCode.OK, await PostAsync(toSecond, help, ct));
            Assert.Equal(HttpStatusCode.OK, await PostAsync(toSecond, WithId(Text(Chat, Ana, "/nonsense"), 11), ct));
            // The chat's later update is handled only after its earlier one: once its reply is here, so is every /help reply.
            await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Any(r => r.Text?.Contains("/nonsense", StringComparison.Ordinal) == true),
                "the reply to the later update", TimeSpan.FromSeconds(120));
        }
        finally
        {
            first.Stop();
            second.Stop();
        }

        var replies = _api.Delivered(Chat.Id);
        Assert.Equal(2, replies.Count);
        Assert.Contains("/nonsense", replies[1].Text);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, JsonObject update, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request, ct);
        return response.StatusCode;
    }

    private static JsonObject WithId(JsonObject update, int id)
    {
        update["update_id"] = id;
        return update;
    }

    private Instance Start(TestStore store)
    {
        var start = new ProcessStartInfo("dotnet", [HostProgram.Path(), "run"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["RoadmapBot__PostgreSql"] = store.PostgreSql;
        start.Environment["RoadmapBot__Database"] = store.SqlitePath;
        start.Environment["RoadmapBot__Http__Urls"] = "http://127.0.0.1:0";
        start.Environment["RoadmapBot__Telegram__Token"] = FakeBotApi.Token;
        start.Environment["RoadmapBot__Telegram__ApiBaseUrl"] = _api.BaseUrl;
        start.Environment["RoadmapBot__Telegram__Updates"] = "webhook";
        start.Environment["RoadmapBot__Telegram__WebhookUrl"] = "https://bot.example.org/telegram/webhook";
        start.Environment["RoadmapBot__Telegram__WebhookSecret"] = Secret;
        return new Instance(Process.Start(start)!);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    /// <summary>One process: where it listens is read from its log line "HTTP: … on http://127.0.0.1:PORT".</summary>
    private sealed class Instance
    {
        private readonly Process _process;
        private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly StringBuilder _stderr = new();

        public Instance(Process process)
        {
            _process = process;
            process.StandardInput.Close();
            process.ErrorDataReceived += (_, e) =>
            {
                lock (_stderr) _stderr.AppendLine(e.Data);
                if (e.Data is { } line && line.Contains("HTTP:", StringComparison.Ordinal) && Address().Match(line) is { Success: true } m)
                    _address.TrySetResult(new Uri(m.Value));
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
        }

        public async Task<Uri> AddressAsync(CancellationToken ct)
        {
            try
            {
                return await _address.Task.WaitAsync(TimeSpan.FromSeconds(90), ct);
            }
            catch (TimeoutException)
            {
                lock (_stderr) Assert.Fail($"the instance never said where it listens; its log:\n{_stderr}");
                throw;
            }
        }

        public void Stop()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
        }
    }
}
