using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.Webhook;

/// <summary>RoadmapBot:Telegram:Updates=webhook against the fake Bot API: Telegram POSTs updates to /telegram/webhook.</summary>
public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(501, "Ana");
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
    public async Task AtStart_CallsSetWebhookWithTheUrlSecretAndAllowedUpdates_AndNeverPolls()
    {
        await using var bot = await TelegramWebhookRig.StartAsync(_api, _folder.Database);

        await _api.WaitUntilAsync(a => a.Requests.Any(r => r.Method == "setWebhook"), "setWebhook");
        var set = _api.Requests.First(r => r.Method == "setWebhook");
        Assert.Equal(TelegramWebhookRig.PublicUrl, set.Params["url"]?.ToString());
        Assert.Equal(TelegramWebhookRig.Secret, set.Params["secret_token"]?.ToString());
        Assert.Contains("callback_query", set.Params["allowed_updates"]?.ToJsonString());
        Assert.NotNull(set.Params["max_connections"]);
        Assert.DoesNotContain(_api.Requests, r => r.Method is "getUpdates" or "deleteWebhook");
    }

    [Fact]
    public async Task UpdatePostedWithTheSecret_IsAnsweredOkAndHandled()
    {
        await using var bot = await TelegramWebhookRig.StartAsync(_api, _folder.Database);

        var status = await bot.PostAsync(WithId(Text(Chat, Ana, "/help"), 1));

        Assert.Equal(HttpStatusCode.OK, status);
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count == 1, "the /help reply");
        await using var db = bot.Db();
        var row = await db.Inbox.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal($"telegram:{FakeBotApi.BotId}:1", row.Key);
        await WaitHandledAsync(bot);
    }

    [Fact]
    public async Task AuthenticatedPostOverTheRequestLimit_Is413WithOneWarning_NotAnUnhandledException()
    {
        var logs = new CapturedLogs();
        await using var bot = await TelegramWebhookRig.StartAsync(_api, _folder.Database, logs: logs);
        var update = Text(Chat, Ana, "/help");
        update["padding"] = new string('x', 31 * 1024 * 1024);

        var status = await bot.PostAsync(WithId(update, 1), expectContinue: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Single(logs.Lines, l => l.Level >= LogLevel.Warning);
        Assert.Contains("Telegram webhook: refused a POST over the", logs.All);
        Assert.DoesNotContain("unhandled exception", logs.All, StringComparison.OrdinalIgnoreCase);
        await using var db = bot.Db();
        Assert.Empty(await db.Inbox.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData(null)]
    public async Task WrongOrMissingSecret_Is401AndNothingIsStoredOrHandled(string? secret)
    {
        await using var bot = await TelegramWebhookRig.StartAsync(_api, _folder.Database);

        var status = await bot.PostAsync(WithId(Text(Chat, Ana, "/help"), 1), secret);
        // A later, rightful update is handled: once it is, the refused one would have been too.
        await bot.PostAsync(WithId(Text(FakeChat.Private(new FakeUser(502, "Ben")), new FakeUser(502, "Ben"), "/help"), 2));
        await _api.WaitUntilAsync(a => a.Delivered(502).Count == 1, "Ben's reply");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(_api.Delivered(Chat.Id));
        await using var db = bot.Db();
        Assert.Equal([$"telegram:{FakeBotApi.BotId}:2"], await db.Inbox.Select(e => e.Key).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SameUpdatePostedTwiceToTwoInstancesOnOneDatabase_IsRepliedOnce()
    {
        await using var first = await TelegramWebhookRig.StartAsync(_api, _folder.Database);
        await using var second = await TelegramWebhookRig.StartAsync(_api, _folder.Database);
        var update = WithId(Text(Chat, Ana, "/help"), 7);

        Assert.Equal(HttpStatusCode.OK, await first.PostAsync(update));
        Assert.Equal(HttpStatusCode.OK, await second.PostAsync(update));
        Assert.Equal(HttpStatusCode.OK, await first.PostAsync(update));
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count >= 1, "the reply");
        await WaitHandledAsync(first);

        Assert.Single(_api.Delivered(Chat.Id));
    }

    [Fact]
    public async Task WithoutAConfiguredSecret_TwoInstancesMakeOneTogether_SetItAsTheWebhookSecret_AndCheckIt()
    {
        await using var first = await TelegramWebhookRig.StartAsync(_api, _folder.Database, secret: null);
        await using var second = await TelegramWebhookRig.StartAsync(_api, _folder.Database, secret: null);

        await _api.WaitUntilAsync(a => a.Requests.Count(r => r.Method == "setWebhook") == 2, "both instances' setWebhook");
        var secrets = _api.Requests.Where(r => r.Method == "setWebhook").Select(r => r.Params["secret_token"]?.ToString()).Distinct().ToList();
        var secret = Assert.Single(secrets);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", secret);

        Assert.Equal(HttpStatusCode.Unauthorized, await second.PostAsync(WithId(Text(Chat, Ana, "/help"), 1), TelegramWebhookRig.Secret));
        Assert.Equal(HttpStatusCode.OK, await second.PostAsync(WithId(Text(Chat, Ana, "/help"), 2), secret));
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count == 1, "the /help reply");
    }

    [Fact]
    public async Task SlowUpdateInOneChat_DoesNotHoldAnotherChat_AndItsChatKeepsItsOrder()
    {
        var ben = new FakeUser(502, "Ben");
        await using var bot = await TelegramWebhookRig.StartAsync(_api, _folder.Database);
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        _api.DownloadGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await bot.PostAsync(WithId(Document(Chat, Ana, "seed000", "roadmap.md", seed.Length, "/import"), 1));
            await bot.PostAsync(WithId(Text(Chat, Ana, "/done t1"), 2));
            await bot.PostAsync(WithId(Text(FakeChat.Private(ben), ben, "/help"), 3));

            await _api.WaitUntilAsync(a => a.Delivered(ben.Id).Count == 1, "Ben's reply while Ana's import is still downloading");
            Assert.Empty(_api.Delivered(Chat.Id));
        }
        finally
        {
            _api.DownloadGate.TrySetResult();
        }
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count == 2, "Ana's two replies");
        Assert.StartsWith("Imported", _api.Delivered(Chat.Id)[0].Text);
        Assert.Contains("t1", _api.Delivered(Chat.Id)[1].Text);
    }

    [Fact]
    public async Task PollMode_AtStart_DeletesAnyWebhookBeforePolling()
    {
        await using var bot = await TelegramBotRig.StartAsync(_api, _folder.Database);

        await _api.WaitUntilAsync(a => a.Requests.Any(r => r.Method == "getUpdates"), "polling");

        var methods = _api.Requests.Select(r => r.Method).ToList();
        Assert.Contains("deleteWebhook", methods);
        Assert.True(methods.IndexOf("deleteWebhook") < methods.IndexOf("getUpdates"), string.Join(", ", methods));
    }

    private static JsonObject WithId(JsonObject update, int id)
    {
        update["update_id"] = id;
        return update;
    }

    // Handled means marked so in the inbox: what keeps every instance from taking the row again.
    private static async Task WaitHandledAsync(TelegramWebhookRig bot)
    {
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 400; i++)
        {
            await using var db = bot.Db();
            if (await db.Inbox.AllAsync(e => e.HandledAt != null, ct)) return;
            await Task.Delay(25, ct);
        }
        Assert.Fail("the inbox row was never marked handled");
    }
}
