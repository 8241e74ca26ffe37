using RoadmapBot.Telegram.Tests.Fakes;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>RoadmapBot:Telegram:Updates=off: a second instance sends through the Bot API but never long-polls (Telegram allows one poller).</summary>
public sealed class ReceiveOffTests
{
    [Fact]
    public async Task UpdatesOff_ConnectsButNeverCallsGetUpdates()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var folder = new TempFolder();
        var logs = new CapturedLogs();

        await using var rig = await TelegramBotRig.StartAsync(api, folder.Database, logs,
            new Dictionary<string, string?> { ["RoadmapBot:Telegram:Updates"] = "off" });
        await LogsUntilAsync(logs, "receiving is off");

        Assert.Contains(api.Requests, r => r.Method == "getMe");
        Assert.DoesNotContain(api.Requests, r => r.Method == "getUpdates");
    }

    // The service logs that line and returns: any getUpdates would have come before it.
    internal static async Task LogsUntilAsync(CapturedLogs logs, string text)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!logs.All.Contains(text, StringComparison.Ordinal))
            await Task.Delay(20, timeout.Token);
    }

    [Fact]
    public void Updates_OtherThanPollWebhookOrOff_IsRejectedAtStart()
    {
        var options = new TelegramOptions { Token = FakeBotApi.Token, Updates = "push" };

        var result = new TelegramOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("RoadmapBot:Telegram:Updates must be poll, webhook or off", result.FailureMessage);
    }
}
