using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Commands;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Tests.Fakes;
using RoadmapBot.Telegram.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.Updates;

/// <summary>The translator on its own: a Telegram message in, the <see cref="ChatMessage"/> the engine gets (or an answer, or nothing) out.</summary>
public sealed class MessageTranslatorTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(301, "Ana", "Lima");
    private static readonly FakeChat Group = FakeChat.Group(-100500);
    private FakeBotApi _api = null!;
    private MessageTranslator _translator = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var options = Options.Create(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl });
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl) { RetryThreshold = 0 });
        var identity = new TelegramIdentity();
        identity.Set(FakeBotApi.BotId, FakeBotApi.BotUsername);
        var time = new FakeTimeProvider();
        var retry = new TelegramRetry(new ImmediateTimers(), options, NullLogger<TelegramRetry>.Instance);
        _translator = new MessageTranslator(bot, identity, new GroupAdmins(bot, time, retry, options, NullLogger<GroupAdmins>.Instance),
            new CommandRateLimiter(time), options, retry);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private Task<Translation> TranslateAsync(JsonObject update) =>
        _translator.TranslateAsync(JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!.Message!, Ct);

    [Fact]
    public async Task CommandInAPrivateChat_IsTheSendersMessage_WithNoAdminAnswer()
    {
        var message = (await TranslateAsync(Text(FakeChat.Private(Ana), Ana, "/done t1"))).Message;

        Assert.Equal((ChatPlatform.Telegram, "301", false, "301", "Ana Lima", "/done t1", (bool?)null),
            (message!.Platform, message.SpaceId, message.IsGroup, message.UserId, message.DisplayName, message.Text, message.SenderIsPlatformAdmin));
    }

    [Fact]
    public async Task Message_CarriesTheSendersUsername()
    {
        var carl = new FakeUser(555, "Carl", Username: "carl_the_learner");

        Assert.Equal("carl_the_learner", (await TranslateAsync(Text(Group, carl, "/today"))).Message?.Username);
    }

    [Fact]
    public async Task CommandInAGroup_CarriesTelegramsAdminAnswer()
    {
        _api.SetAdmins(Group.Id, Ana.Id);

        var message = (await TranslateAsync(Text(Group, Ana, "/import"))).Message;

        Assert.Equal(("-100500", true, true), (message?.SpaceId, message?.IsGroup, message?.SenderIsPlatformAdmin));
    }

    [Fact]
    public async Task CommandNamingThisBot_IsOurs_NamingAnother_IsIgnored()
    {
        Assert.NotNull((await TranslateAsync(Text(Group, Ana, $"/help@{FakeBotApi.BotUsername}"))).Message);
        Assert.Equal(Translation.Ignore, await TranslateAsync(Text(Group, Ana, "/help@OtherBot")));
    }

    [Fact]
    public async Task GroupChatter_IsIgnored_PrivateChatter_GoesToTheEngine()
    {
        Assert.Equal(Translation.Ignore, await TranslateAsync(Text(Group, Ana, "good morning")));
        Assert.Equal("good morning", (await TranslateAsync(Text(FakeChat.Private(Ana), Ana, "good morning"))).Message?.Text);
    }

    [Fact]
    public async Task ReplyToAReviewPrompt_BecomesThatQuestionsAnswer()
    {
        var prompt = BotMessage(FakeChat.Private(Ana), 40, "Review question 2: What got in the way?");

        var message = (await TranslateAsync(Text(FakeChat.Private(Ana), Ana, "a cold", prompt))).Message;

        Assert.Equal("/review 2 a cold", message?.Text);
    }

    [Fact]
    public async Task ImportWithATooLargeFile_IsAnsweredWithoutDownloading()
    {
        var translation = await TranslateAsync(Document(FakeChat.Private(Ana), Ana, "f1", "plan.md", 5_000_000, "/import"));

        Assert.Null(translation.Message);
        Assert.NotNull(translation.Answer);
        Assert.DoesNotContain(_api.Requests, r => r.Method == "getFile");
    }

    [Fact]
    public async Task ImportWithAFile_CarriesItsBytes()
    {
        _api.AddFile("f2", "# Plan\n"u8.ToArray());

        var message = (await TranslateAsync(Document(FakeChat.Private(Ana), Ana, "f2", "plan.md", 7, "/import"))).Message;

        var file = Assert.Single(message!.Attachments);
        Assert.Equal(("plan.md", "# Plan\n"), (file.FileName, System.Text.Encoding.UTF8.GetString(file.Content)));
    }

    [Fact]
    public async Task CommandFromAnAnonymousAdmin_IsThePostOfTheGroup_WithNoAdminAsked()
    {
        var update = PostedAsTheGroup(Text(Group, AnonymousAdmin, "/plan shift 1 days"));

        var message = (await TranslateAsync(update)).Message;

        Assert.Equal((MessageAuthor.Group, "-100500", "/plan shift 1 days"), (message?.Author, message?.UserId, message?.Text));
        Assert.DoesNotContain(_api.Requests, r => r.Method == "getChatAdministrators");
    }

    [Fact]
    public async Task ImportFromAnAnonymousAdmin_DownloadsNothing()
    {
        _api.AddFile("f3", "# Plan\n"u8.ToArray());
        var update = PostedAsTheGroup(Document(Group, AnonymousAdmin, "f3", "plan.md", 7, $"/import@{FakeBotApi.BotUsername}"));

        var message = (await TranslateAsync(update)).Message;

        Assert.Equal((MessageAuthor.Group, 0), (message?.Author, message?.Attachments.Count));
        Assert.DoesNotContain(_api.Requests, r => r.Method == "getFile");
    }

    [Fact]
    public async Task PostAsALinkedChannel_IsTheChannels_NotTheServiceAccounts()
    {
        var update = Text(Group, new FakeUser(777000, "Telegram"), $"@{FakeBotApi.BotUsername} did 2h");
        update["message"]!["sender_chat"] = new FakeChat(-100777, "channel", "Daily tips").Json();
        update["message"]!["is_automatic_forward"] = true;

        var message = (await TranslateAsync(update)).Message;

        Assert.Equal((MessageAuthor.Channel, "-100777"), (message?.Author, message?.UserId));
    }

    [Fact]
    public async Task ForwardedMessage_IsMarkedForwarded()
    {
        var update = Text(FakeChat.Private(Ana), Ana, "/done t2");
        update["message"]!["forward_origin"] = new JsonObject { ["type"] = "user", ["date"] = 1, ["sender_user"] = new FakeUser(302, "Bob").Json() };

        var message = (await TranslateAsync(update)).Message;

        Assert.Equal((true, "301", "/done t2"), (message?.Forwarded, message?.UserId, message?.Text));
    }

    // Telegram's stand-in sender for anyone posting as the group.
    private static readonly FakeUser AnonymousAdmin = new(1087968824, "Group", Username: "GroupAnonymousBot");

    private static JsonObject PostedAsTheGroup(JsonObject update)
    {
        update["message"]!["from"]!["is_bot"] = true;
        update["message"]!["sender_chat"] = Group.Json();
        return update;
    }
}
