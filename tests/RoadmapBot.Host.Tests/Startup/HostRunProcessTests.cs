using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace RoadmapBot.Host.Tests.Startup;

/// <summary>The real <c>roadmapbot run</c> refusing to start: one line a problem and exit code 2, never a stack trace.</summary>
[Collection(nameof(RealProcesses))]
public sealed partial class HostRunProcessTests
{
    [Theory(Timeout = 240_000)]
    [InlineData("RoadmapBot__Telegram__WebhookSecret", "bad secret!", "RoadmapBot:Telegram:WebhookSecret")]
    [InlineData("RoadmapBot__Telegram__Token", "12x:ab", "RoadmapBot:Telegram:Token")]
    [InlineData("RoadmapBot__Telegram__WebhookUrl", "http://bot.example.org/hook", "RoadmapBot:Telegram:WebhookUrl")]
    public async Task Run_WithABadTelegramSetting_IsConfigurationLinesNamingIt_AndExitCodeTwo(string key, string value, string named)
    {
        using var db = new TempDatabase();
        var (code, _, stderr) = await RoadmapBotProcess.RunAsync(["run"], null, Environment(db, ("RoadmapBot__Http__Urls", "http://127.0.0.1:0"), (key, value)));

        Assert.Equal(2, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.StartsWith("error: configuration:", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(named, StringComparison.Ordinal));
    }

    [Fact(Timeout = 240_000)]
    public async Task Run_WithTheHttpPortInUse_IsOneLine_AndExitCodeTwo()
    {
        using var db = new TempDatabase();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, stderr) = await RoadmapBotProcess.RunAsync(["run"], null, Environment(db, ("RoadmapBot__Http__Urls", $"http://127.0.0.1:{port}")));

        Assert.Equal(2, code);
        // Telegram's getMe is retrying while Kestrel fails to bind: its warnings may come, its cancellation adds no trace.
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines, l => !l.StartsWith("warn:", StringComparison.Ordinal) && !l.StartsWith(' '));
        Assert.StartsWith($"error: Failed to bind to address http://127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact(Timeout = 240_000)]
    public async Task Run_ServingRequests_LogsNoLinesPerRequestAtInformation()
    {
        using var db = new TempDatabase();
        var ct = TestContext.Current.CancellationToken;
        await using var bot = RunningBot.Start(["run"], Environment(db, ("RoadmapBot__Http__Urls", "http://127.0.0.1:0")));
        var line = await bot.WaitForLineAsync(l => Address().IsMatch(l), ct);
        using var http = new HttpClient { BaseAddress = new Uri(Address().Match(line).Value) };

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz", ct)).StatusCode);
        await bot.StopAsync(ct);

        Assert.DoesNotContain(bot.Stderr, l => l.Contains("EndpointMiddleware", StringComparison.Ordinal) || l.Contains("Executing endpoint", StringComparison.Ordinal));
    }

    // Telegram on, at an address nothing answers: getMe keeps retrying, so the start's own failures are what is seen.
    private static Dictionary<string, string> Environment(TempDatabase db, params (string Key, string Value)[] more)
    {
        var environment = new Dictionary<string, string>
        {
            ["RoadmapBot__Database"] = db.Path,
            ["RoadmapBot__DefaultTimeZone"] = "Europe/Berlin",
            ["RoadmapBot__Telegram__Token"] = "123456:token",
            ["RoadmapBot__Telegram__ApiBaseUrl"] = $"http://127.0.0.1:{ClosedPort()}",
            ["RoadmapBot__Telegram__Updates"] = "webhook",
            ["RoadmapBot__Telegram__WebhookUrl"] = "https://bot.example.org/telegram/webhook",
        };
        foreach (var (key, value) in more) environment[key] = value;
        return environment;
    }

    private static int ClosedPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
