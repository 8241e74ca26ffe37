using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RoadmapBot.Host.Tests.Http;

/// <summary>The real <c>roadmapbot run</c> serving HTTP on a free port: liveness, readiness, Prometheus metrics; none in plain console mode.</summary>
[Collection(nameof(RealProcesses))]
public sealed partial class HttpHostTests
{
    private const string Clock = "2026-03-30T07:59:30+02:00";

    [Fact(Timeout = 240_000)]
    public async Task Run_WithHttpUrls_AnswersHealthzReadyzAndMetricsWithWhatItDid()
    {
        using var db = new TempDatabase();
        var ct = TestContext.Current.CancellationToken;
        await using var bot = RunningBot.Start(["run", "--clock", Clock], Environment(db, ("RoadmapBot__Http__Urls", "http://127.0.0.1:0")));
        var address = await AddressAsync(bot, ct);
        await bot.WaitForLineAsync(l => l.StartsWith("SENT kind=kickoff", StringComparison.Ordinal), ct);
        await bot.WriteLineAsync("/today");
        await bot.WriteLineAsync("/nonsense");
        await bot.WaitForLineAsync(l => l.Contains("I don't know /nonsense", StringComparison.Ordinal), ct);
        using var http = new HttpClient { BaseAddress = address };

        Assert.Contains(new Uri(address, "/").Port, ListeningPorts.Of(bot.Id));
        var healthz = await http.GetAsync("/healthz", ct);
        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal("Healthy", await healthz.Content.ReadAsStringAsync(ct));

        var readyz = await http.GetAsync("/readyz", ct);
        var ready = JsonDocument.Parse(await readyz.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Equal(HttpStatusCode.OK, readyz.StatusCode);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());

        var metrics = await http.GetAsync("/metrics", ct);
        Assert.Equal("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        var text = (await metrics.Content.ReadAsStringAsync(ct)).Split('\n');
        Assert.Contains("roadmapbot_commands_total{verb=\"today\"} 1", text);
        Assert.Contains("roadmapbot_commands_total{verb=\"unknown\"} 1", text);
        Assert.Contains("roadmapbot_command_duration_seconds_count{verb=\"today\"} 1", text);
        Assert.Contains("roadmapbot_reminders_total{outcome=\"sent\",late=\"no\"} 1", text);
        Assert.Contains("roadmapbot_outbox_rows{state=\"pending\"} 0", text);
        Assert.Contains("roadmapbot_outbox_rows{state=\"sending\"} 0", text);
        Assert.Contains(text, l => l.StartsWith("# TYPE roadmapbot_platform_rate_limited_total counter", StringComparison.Ordinal));
    }

    [Fact(Timeout = 240_000)]
    public async Task Run_InConsoleModeWithoutHttpUrls_ListensOnNoPort()
    {
        using var db = new TempDatabase();
        var ct = TestContext.Current.CancellationToken;
        await using var bot = RunningBot.Start(["run", "--clock", Clock], Environment(db));
        // The kickoff comes from the scheduler, the last hosted service to start: by then Kestrel would be listening.
        await bot.WaitForLineAsync(l => l.StartsWith("SENT kind=kickoff", StringComparison.Ordinal), ct);

        Assert.Empty(ListeningPorts.Of(bot.Id));
        Assert.DoesNotContain(bot.Stderr, l => l.Contains("HTTP", StringComparison.Ordinal));
    }

    [Theory(Timeout = 240_000)]
    [InlineData("https://127.0.0.1:8443")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("http://127.0.0.1:8080/health")]
    public async Task Run_WithAnHttpUrlItCannotServe_RefusesWithOneLine(string urls)
    {
        using var db = new TempDatabase();
        var (code, _, stderr) = await RoadmapBotProcess.RunAsync(["run"], "", Environment(db, ("RoadmapBot__Http__Urls", urls)));

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: configuration: RoadmapBot:Http:Urls", line, StringComparison.Ordinal);
        Assert.Contains(urls, line, StringComparison.Ordinal);
    }

    [Theory(Timeout = 240_000)]
    [InlineData("telegram", "RoadmapBot:Telegram:Updates=webhook")]
    [InlineData("discord", "RoadmapBot:Discord:PublicKey")]
    public async Task Run_PushedUpdatesWithHttpOff_AreRefusedAtStartInOneLine(string platform, string named)
    {
        using var db = new TempDatabase();
        (string, string)[] settings = platform == "telegram"
            ? [("RoadmapBot__Telegram__Token", "123456:token"), ("RoadmapBot__Telegram__ApiBaseUrl", $"http://127.0.0.1:{ClosedPort()}"),
               ("RoadmapBot__Telegram__Updates", "webhook"), ("RoadmapBot__Telegram__WebhookUrl", "https://bot.example.org/telegram/webhook")]
            : [("RoadmapBot__Discord__Token", "MTIz.fake.token"), ("RoadmapBot__Discord__ApplicationId", "900000000000000001"),
               ("RoadmapBot__Discord__ApiBaseUrl", $"http://127.0.0.1:{ClosedPort()}"), ("RoadmapBot__Discord__Gateway", "off"),
               ("RoadmapBot__Discord__PublicKey", new string('a', 64))];

        var (code, _, stderr) = await RoadmapBotProcess.RunAsync(["run"], null, Environment(db, [("RoadmapBot__Http__Urls", "off"), .. settings]));

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: configuration:", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains("RoadmapBot:Http:Urls", line, StringComparison.Ordinal);
    }

    [Fact(Timeout = 240_000)]
    public async Task Run_WithTheJsonConsoleFormatter_LogsJsonLinesWithoutTheTokenAndIsNotReadyUntilTelegramAnswers()
    {
        using var db = new TempDatabase();
        var ct = TestContext.Current.CancellationToken;
        const string token = "123456:SECRET-token-never-logged";
        await using var bot = RunningBot.Start(["run"], Environment(db,
            ("RoadmapBot__Http__Urls", "http://127.0.0.1:0"),
            ("Logging__Console__FormatterName", "json"),
            ("RoadmapBot__Telegram__Token", token),
            ("RoadmapBot__Telegram__ApiBaseUrl", $"http://127.0.0.1:{ClosedPort()}")));
        var address = await AddressAsync(bot, ct);
        await bot.WaitForLineAsync(l => l.Contains("getMe", StringComparison.Ordinal), ct);
        using var http = new HttpClient { BaseAddress = address };

        var readyz = await http.GetAsync("/readyz", ct);
        var ready = JsonDocument.Parse(await readyz.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
        Assert.Equal("Unhealthy", ready.GetProperty("checks").GetProperty("telegram").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz", ct)).StatusCode);

        await bot.StopAsync(ct);
        Assert.NotEmpty(bot.Stderr);
        foreach (var line in bot.Stderr)
        {
            var entry = JsonDocument.Parse(line).RootElement;
            Assert.True(entry.TryGetProperty("LogLevel", out _), line);
            Assert.True(entry.TryGetProperty("Message", out _), line);
        }
        Assert.DoesNotContain(bot.Lines, l => l.Contains("SECRET", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Environment(TempDatabase db, params (string Key, string Value)[] more)
    {
        var environment = new Dictionary<string, string>
        {
            ["RoadmapBot__Database"] = db.Path,
            ["RoadmapBot__DefaultTimeZone"] = "Europe/Berlin",
        };
        foreach (var (key, value) in more) environment[key] = value;
        return environment;
    }

    /// <summary>The address the bot logged at start-up ("HTTP: … on http://127.0.0.1:PORT").</summary>
    private static async Task<Uri> AddressAsync(RunningBot bot, CancellationToken ct)
    {
        var line = await bot.WaitForLineAsync(l => Address().IsMatch(l), ct);
        return new Uri(Address().Match(line).Value);
    }

    /// <summary>A loopback port nothing listens on: bound, read and released.</summary>
    private static int ClosedPort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
