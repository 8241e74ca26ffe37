using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Groups;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Telegram.Reminders;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Tests.Fakes;
using Telegram.Bot;

namespace RoadmapBot.Telegram.Tests.Reminders;

public sealed class TelegramReminderSenderTests : IAsyncLifetime
{
    private static readonly Space Group = new() { Id = 1, Platform = ChatPlatform.Telegram, ExternalId = "-100777", IsGroup = true };
    private static readonly Member Ana = new() { Id = 2, SpaceId = 1, UserId = "501", DisplayName = "Ana <admin>" };
    private FakeBotApi _api = null!;
    private TelegramReminderSender _sender = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var options = Options.Create(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl });
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl) { RetryThreshold = 0 });
        // These sends never meet a moved group (GroupTests covers that with a database): any use of one would throw.
        var moves = new TelegramChatMoves(new GroupLife(null!, TimeProvider.System, NullLogger<GroupLife>.Instance));
        _sender = new TelegramReminderSender(bot, moves, options, NullLogger<TelegramReminderSender>.Instance);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task PersonalReminderInAGroup_GoesToTheMembersPrivateChatAsHtmlWithButtons()
    {
        var outcome = await _sender.SendAsync(Delivery(deliverHere: false), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var sent = Assert.Single(_api.Delivered(501));
        Assert.Equal("<b>Good morning</b>\n• open &lt;t1&gt;", sent.Text);
        Assert.Equal(["/done t1"], sent.ButtonData);
    }

    [Fact]
    public async Task GroupSetting_DeliversInTheGroup()
    {
        await _sender.SendAsync(Delivery(deliverHere: true), TestContext.Current.CancellationToken);

        Assert.Single(_api.Delivered(-100777));
    }

    [Fact]
    public async Task GroupSettingFromAForumTopic_DeliversInThatTopic()
    {
        await _sender.SendAsync(InTopic(Delivery(deliverHere: true), "77"), TestContext.Current.CancellationToken);

        Assert.Equal("77", Assert.Single(_api.Delivered(-100777)).Params["message_thread_id"]?.ToString());
    }

    [Fact]
    public async Task TopicDeletedSinceItWasChosen_DeliversInTheGroupsMainChat()
    {
        _api.Fail("sendMessage", new FakeFault.Refused(400, "Bad Request: message thread not found"));

        var outcome = await _sender.SendAsync(InTopic(Delivery(deliverHere: true), "77"), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        Assert.Null(Assert.Single(_api.Delivered(-100777)).Params["message_thread_id"]);
    }

    [Fact]
    public async Task PrivateSetting_IgnoresAnOldTopic()
    {
        await _sender.SendAsync(InTopic(Delivery(deliverHere: false), "77"), TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(_api.Delivered(501)).Params["message_thread_id"]);
    }

    [Fact]
    public async Task TooManyRequests_BecomesRetryAfterForThePacedQueue()
    {
        _api.Fail("sendMessage", new FakeFault.TooManyRequests(7));

        var e = await Assert.ThrowsAsync<RetryAfterException>(() => _sender.SendAsync(Delivery(false), TestContext.Current.CancellationToken));

        Assert.Equal(TimeSpan.FromSeconds(7), e.RetryAfter);
    }

    [Fact]
    public async Task PacedSender_WaitsOutTheRetryAfterAndDelivers()
    {
        _api.Fail("sendMessage", new FakeFault.TooManyRequests(1));
        var paced = new PacedReminderSender(_sender, TelegramPacing.Limits, TimeProvider.System);

        var outcome = await paced.SendAsync(Delivery(false), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        Assert.Single(_api.Delivered(501));
    }

    [Fact]
    public async Task SplitReminder_RetriedAfterA429_SendsOnlyThePartsNotYetDelivered()
    {
        var longReply = new ReplyBuilder();
        for (var i = 0; i < 300; i++) longReply.Bullet($"item number {i} with some words to make the reminder long");
        var delivery = Delivery(false) with { Message = longReply.Build() };
        _api.Fail("sendMessage", new FakeFault.TooManyRequests(1), after: 1);

        await Assert.ThrowsAsync<RetryAfterException>(() => _sender.SendAsync(delivery, TestContext.Current.CancellationToken));
        var outcome = await _sender.SendAsync(delivery, TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var parts = _api.Delivered(501).Select(r => r.Text!).ToList();
        Assert.True(parts.Count >= 3);
        Assert.Equal(parts.Count, parts.Distinct().Count());
        Assert.StartsWith("• item number 0 ", parts[0]);
        Assert.Contains("item number 299 ", parts[^1]);
    }

    [Fact]
    public async Task MemberWhoNeverStartedAPrivateChat_IsUnreachableAndToldOnceInTheGroup()
    {
        _api.Fail("sendMessage", new FakeFault.Forbidden("Forbidden: bot can't initiate conversation with a user"));

        var outcome = await _sender.SendAsync(Delivery(false), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Unreachable, outcome);
        var told = Assert.Single(_api.Delivered(-100777));
        Assert.StartsWith("Ana &lt;admin&gt;: I can't send your reminders privately yet.", told.Text);
    }

    [Fact]
    public async Task BlockedInTheGroupItself_IsUnreachableWithoutAnotherMessage()
    {
        _api.Fail("sendMessage", new FakeFault.Forbidden("Forbidden: bot was kicked from the supergroup chat"));

        var outcome = await _sender.SendAsync(Delivery(true), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Unreachable, outcome);
        Assert.Empty(_api.Delivered(-100777));
    }

    [Fact]
    public async Task DigestWithAChart_GoesAsOnePhotoCaptionedWithTheTextAndButtons()
    {
        var delivery = Delivery(true) with { Message = Delivery(true).Message with { File = new ChatFile("digest.png", [1, 2, 3]) } };

        await _sender.SendAsync(delivery, TestContext.Current.CancellationToken);

        var sent = Assert.Single(_api.Delivered(-100777));
        Assert.Equal(("sendPhoto", "file:digest.png"), (sent.Method, sent.Params["photo"]?.ToString()));
        Assert.Equal("<b>Good morning</b>\n• open &lt;t1&gt;", sent.Text);
        Assert.Equal(["/done t1"], sent.ButtonData);
    }

    [Fact]
    public async Task ChartWithTextTooLongForACaption_SendsTheTextThenThePhoto()
    {
        var longReply = new ReplyBuilder();
        for (var i = 0; i < 30; i++) longReply.Bullet($"member number {i} with some words to pass the caption limit");
        var delivery = Delivery(true) with { Message = longReply.Build() with { File = new ChatFile("digest.png", [1, 2, 3]) } };

        await _sender.SendAsync(delivery, TestContext.Current.CancellationToken);

        Assert.Equal(["sendMessage", "sendPhoto"], _api.Delivered(-100777).Select(r => r.Method));
        Assert.Null(_api.Delivered(-100777)[1].Text);
    }

    private static ReminderDelivery InTopic(ReminderDelivery delivery, string topic) => delivery with
    {
        Recipient = new ReminderRecipient(Group, new Member
        {
            Id = Ana.Id, SpaceId = Ana.SpaceId, UserId = Ana.UserId, DisplayName = Ana.DisplayName,
            Settings = new ReminderSettings { DeliverHere = delivery.DeliverHere, HereTopic = topic }.ToJson(),
        }),
    };

    private static ReminderDelivery Delivery(bool deliverHere) => new(
        new ReminderRecipient(Group, Ana),
        new OutboxEntry { Key = "m2:kickoff:2026-01-15T08:00", LocalOccurrence = "2026-01-15T08:00", Kind = ReminderKind.Kickoff },
        new ReplyBuilder().Line(Span.Bold("Good morning")).Bullet("open <t1>").Button("✅ t1", "/done t1").Build(),
        deliverHere,
        new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
}
