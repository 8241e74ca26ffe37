using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Chat;
using RoadmapBot.Telegram.Polling;
using RoadmapBot.Telegram.Tests.EndToEnd;
using RoadmapBot.Telegram.Tests.Fakes;

namespace RoadmapBot.Telegram.Tests.Polling;

/// <summary>What /readyz hears from Telegram: down while getMe or getUpdates keeps failing, connected once they answer.</summary>
public sealed class TelegramConnectionTests
{
    [Fact]
    public async Task Connection_IsDownWhileGetMeFails_ThenConnected_ThenDownWhilePollingFails_ThenConnectedAgain()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var folder = new TempFolder();
        var logs = new CapturedLogs();
        api.Fail("getMe", new FakeFault.ServerError(), times: 2);

        await using var rig = await TelegramBotRig.StartAsync(api, folder.Database, logs);
        var connection = Assert.Single(rig.Host.Services.GetServices<IPlatformConnection>());
        await ReceiveOffTests.LogsUntilAsync(logs, "getMe failed");
        var whileGetMeFails = connection.State;
        await UntilAsync(() => connection.State.Connected);
        var connected = connection.State;
        api.Fail("getUpdates", new FakeFault.ServerError(), times: 2);
        await ReceiveOffTests.LogsUntilAsync(logs, "getUpdates failed");
        var whilePollingFails = connection.State;
        await UntilAsync(() => connection.State.Connected);

        Assert.IsType<TelegramConnection>(connection);
        Assert.False(whileGetMeFails.Connected);
        Assert.StartsWith("getMe failed: ", whileGetMeFails.Detail, StringComparison.Ordinal);
        Assert.StartsWith("connected as @", connected.Detail, StringComparison.Ordinal);
        Assert.False(whilePollingFails.Connected);
        Assert.StartsWith("getUpdates failed: ", whilePollingFails.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApi.Token, whilePollingFails.Detail, StringComparison.Ordinal);
        Assert.EndsWith(", polling", connection.State.Detail, StringComparison.Ordinal);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!condition()) await Task.Delay(20, timeout.Token);
    }
}
