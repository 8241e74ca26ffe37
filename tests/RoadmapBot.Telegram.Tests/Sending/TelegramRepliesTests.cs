using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Tests.Fakes;
using Telegram.Bot;

namespace RoadmapBot.Telegram.Tests.Sending;

public sealed class TelegramRepliesTests : IAsyncLifetime
{
    private const long Chat = 601;
    private static readonly ChatFile Chart = new("progress.png", [0x89, (byte)'P', (byte)'N', (byte)'G']);
    private FakeBotApi _api = null!;
    private TelegramChatQueue _queue = null!;
    private TelegramReplies _replies = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var options = Options.Create(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl });
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl) { RetryThreshold = 0 });
        _queue = new TelegramChatQueue(new TelegramRetry(TimeProvider.System, options, NullLogger<TelegramRetry>.Instance), options, NullLogger<TelegramChatQueue>.Instance);
        _replies = new TelegramReplies(bot, _queue);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task ReplyWithAPng_IsOnePhotoWithTheTextAsItsHtmlCaption()
    {
        var reply = new ReplyBuilder().Line(Span.Bold("Your progress")).Line("3/72 done").Button("Today", "/today").Build() with { File = Chart };

        await _replies.SendAsync(Chat, [reply]);

        var sent = Assert.Single(_api.Delivered(Chat));
        Assert.Equal(("sendPhoto", "file:progress.png"), (sent.Method, sent.Params["photo"]?.ToString()));
        Assert.Equal(("<b>Your progress</b>\n3/72 done", "html"), (sent.Text, sent.Params["parse_mode"]?.ToString()?.ToLowerInvariant()));
        Assert.Equal(["/today"], sent.ButtonData);
    }

    [Fact]
    public async Task ReplyWithAPngAndMoreThan1024Characters_SendsTheTextThenThePhoto()
    {
        var builder = new ReplyBuilder();
        for (var i = 0; i < 30; i++) builder.Bullet($"line number {i} with enough words to pass the caption limit");

        await _replies.SendAsync(Chat, [builder.Build() with { File = Chart }]);

        Assert.Equal(["sendMessage", "sendPhoto"], _api.Delivered(Chat).Select(r => r.Method));
    }

    [Fact]
    public async Task ReplyWithAnExport_StaysADocument()
    {
        var reply = ChatReply.Text("Your roadmap as Markdown") with { File = new ChatFile("roadmap.md", "# Plan"u8.ToArray()) };

        await _replies.SendAsync(Chat, [reply]);

        Assert.Equal(["sendMessage", "sendDocument"], _api.Delivered(Chat).Select(r => r.Method));
    }

    [Fact]
    public async Task EditOfADeletedMessage_SendsTheResultAsANewMessageWithItsButtons()
    {
        _api.Fail("editMessageText", new FakeFault.Refused(400, "Bad Request: message to edit not found"));
        var reply = new ReplyBuilder().Line("Today: t2").Button("Done t2", "/done t2").Build();

        await _replies.EditAsync(Chat, 4242, reply, replyTo: 4242);

        var sent = Assert.Single(_api.Delivered(Chat));
        Assert.Equal(("sendMessage", "Today: t2"), (sent.Method, sent.Text));
        Assert.Equal(["/done t2"], sent.ButtonData);
    }

    [Fact]
    public async Task EditThatWorks_SendsNothingNew()
    {
        await _replies.EditAsync(Chat, 4242, ChatReply.Text("Today: t2"), replyTo: 4242);

        Assert.Equal(["editMessageText"], _api.Requests.Select(r => r.Method));
    }
}
