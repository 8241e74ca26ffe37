using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Tests.Fakes;
using RoadmapBot.Tests;
using Telegram.Bot;

namespace RoadmapBot.Telegram.Tests.Sending;

/// <summary>Telegram has no idempotency key: a new message that may have arrived is logged as in doubt, never sent twice.</summary>
public sealed class TelegramChatQueueTests : IAsyncLifetime
{
    private const long Chat = 602;
    private readonly CapturedLogs _logs = new();
    private FakeBotApi _api = null!;
    private TelegramChatQueue _queue = null!;
    private TelegramReplies _replies = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var options = Options.Create(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl });
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl) { RetryThreshold = 0 });
        using var factory = LoggerFactory.Create(b => b.AddProvider(_logs));
        _queue = new TelegramChatQueue(new TelegramRetry(TimeProvider.System, options, factory.CreateLogger<TelegramRetry>()), options,
            factory.CreateLogger<TelegramChatQueue>());
        _replies = new TelegramReplies(bot, _queue);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task NewMessageLostWithoutAnAnswer_IsLoggedInDoubtAndNotSentAgain()
    {
        _api.Fail("sendMessage", new FakeFault.DropConnection());

        await _replies.SendAsync(Chat, [ChatReply.Text("Logged 5 min of reading.")]);

        Assert.Single(_api.Requests, r => r.Method == "sendMessage");
        var line = Assert.Single(_logs.Lines, l => l.Line.Contains("IN DOUBT", StringComparison.Ordinal)).Line;
        Assert.Contains("sendMessage to chat 602", line);
        Assert.DoesNotContain(_logs.Lines, l => l.Line.Contains("not delivered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewMessageAnsweredWithAnError_IsSentAgain()
    {
        _api.Fail("sendMessage", new FakeFault.BadGateway());

        await _replies.SendAsync(Chat, [ChatReply.Text("Logged 5 min of reading.")]);

        Assert.Single(_api.Delivered(Chat));
        Assert.Contains(_logs.Lines, l => l.Line.Contains("sendMessage failed (502 Bad Gateway); retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEditLostWithoutAnAnswer_IsRepeated_ForEditingTwiceChangesNothing()
    {
        _api.Fail("editMessageText", new FakeFault.DropConnection());

        await _replies.EditAsync(Chat, 42, ChatReply.Text("Done: t1"), replyTo: null);

        Assert.Single(_api.Delivered(Chat));
    }
}
