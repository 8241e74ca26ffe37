using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

public sealed class RobustnessTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(301, "Ana");
    private static readonly FakeChat Chat = FakeChat.Private(Ana);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Restart_ResumesAfterTheStoredUpdateAndReHandlesNothing()
    {
        int firstId;
        await using (var first = await TelegramBotRig.StartAsync(_api, _folder.Database))
        {
            firstId = _api.AddUpdate(Text(Chat, Ana, "/start"));
            _api.AddUpdate(Text(Chat, Ana, "/help"));
            await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count >= 2, "two replies");
            _api.Redeliver(firstId);
        }
        var repliesBefore = _api.Delivered(Chat.Id).Count;

        await using var second = await TelegramBotRig.StartAsync(_api, _folder.Database);
        _api.AddUpdate(Text(Chat, Ana, "/streak"));
        // A marker after it: one chat's updates are handled in order, so once the marker is answered a re-handled /start would have been.
        _api.AddUpdate(Text(Chat, Ana, "marker"));

        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Skip(repliesBefore).Any(IsMarkerReply), "the replies to the new update and the marker");
        var after = _api.Delivered(Chat.Id).Skip(repliesBefore).ToList();
        Assert.Equal(2, after.Count);
        Assert.True(IsMarkerReply(after[1]), "the marker's reply comes last, after the new update's only");
        Assert.Contains(_api.Requests, r => r.Method == "getUpdates" && (int?)r.Params["offset"] == firstId + 2);
    }

    // Plain text in a private chat is answered with one line: the marker's reply.
    private static bool IsMarkerReply(FakeRequest request) => request.Text?.StartsWith("Commands start with a slash", StringComparison.Ordinal) == true;

    [Fact]
    public async Task InjectedRateLimitsServerErrorsAndDroppedConnections_LoseNoReply()
    {
        // A send whose connection drops is in doubt and not repeated (Sending/TelegramChatQueueTests); a poll is simply asked again.
        _api.Fail("sendMessage", new FakeFault.TooManyRequests(1));
        _api.Fail("sendMessage", new FakeFault.ServerError());
        _api.Fail("sendMessage", new FakeFault.BadGateway());
        _api.Fail("getUpdates", new FakeFault.ServerError());
        _api.Fail("getUpdates", new FakeFault.DropConnection());
        await using var bot = await TelegramBotRig.StartAsync(_api, _folder.Database);

        _api.AddUpdate(Text(Chat, Ana, "/start"));
        _api.AddUpdate(Text(Chat, Ana, "/help"));
        _api.AddUpdate(Text(Chat, Ana, "/streak"));

        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count == 3, "three replies", TimeSpan.FromSeconds(30));
        Assert.Equal(3, _api.Requests.Count(r => r.Method == "sendMessage" && r.Faulted));
        Assert.DoesNotContain(FakeBotApi.Token, bot.Logs.All);
    }

    [Fact]
    public async Task Conflict_IsReportedClearlyAndPollingGoesOn()
    {
        _api.Fail("getUpdates", new FakeFault.Conflict());
        await using var bot = await TelegramBotRig.StartAsync(_api, _folder.Database);

        _api.AddUpdate(Text(Chat, Ana, "/start"));

        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count == 1, "the reply after the conflict");
        Assert.Contains(bot.Logs.Lines, l => l.Level == LogLevel.Error && l.Line.Contains("409 Conflict: another process is polling this bot token"));
    }

    [Fact]
    public async Task RejectedToken_IsOneClearErrorLineAndStopsTheApp()
    {
        _api.RejectToken = true;
        await using var bot = await TelegramBotRig.StartAsync(_api, _folder.Database);
        var lifetime = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>();

        await WaitAsync(lifetime.ApplicationStopping);

        var errors = bot.Logs.Lines.Where(l => l.Level >= LogLevel.Error).ToList();
        Assert.Single(errors);
        Assert.Contains("rejected the bot token", errors[0].Line);
        Assert.Single(_api.Requests, r => r.Method == "getMe");
        Assert.DoesNotContain(FakeBotApi.Token, bot.Logs.All);
    }

    [Fact]
    public async Task TheToken_NeverAppearsInLogs()
    {
        _api.Fail("getUpdates", new FakeFault.DropConnection());
        _api.Fail("setMyCommands", new FakeFault.ServerError());
        _api.Fail("sendMessage", new FakeFault.Forbidden());
        await using var bot = await TelegramBotRig.StartAsync(_api, _folder.Database);

        _api.AddUpdate(Text(Chat, Ana, "/start"));
        _api.AddUpdate(Text(Chat, Ana, "/help"));
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count == 1, "the reply that was not refused");

        Assert.Contains("connected as @RoadmapTestBot", bot.Logs.All);
        Assert.Contains(bot.Logs.Lines, l => l.Level == LogLevel.Warning && l.Line.Contains("command menu"));
        Assert.DoesNotContain(FakeBotApi.Token, bot.Logs.All);
        Assert.DoesNotContain(FakeBotApi.Token.Split(':')[1], bot.Logs.All);
    }

    private static async Task WaitAsync(CancellationToken token)
    {
        var stopped = new TaskCompletionSource();
        await using var registration = token.Register(() => stopped.TrySetResult());
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
    }
}
