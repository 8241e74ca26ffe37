using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Reminders;
using RoadmapBot.Discord.Tests.Adapter.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.Reminders;

public sealed class DiscordReminderSenderTests
{
    private const ulong GuildChannel = 777;
    private const ulong AnaId = 501;
    private static readonly Space Guild = new() { Id = 1, Platform = ChatPlatform.Discord, ExternalId = GuildChannel.ToString(CultureInfo.InvariantCulture), IsGroup = true };
    private static readonly Space Dm = new() { Id = 2, Platform = ChatPlatform.Discord, ExternalId = "888", IsGroup = false };
    private static readonly Member Ana = new() { Id = 3, SpaceId = 1, UserId = AnaId.ToString(CultureInfo.InvariantCulture), DisplayName = "Ana" };
    private readonly FakeDiscordRest _rest = new();
    private readonly DiscordReminderSender _sender;

    public DiscordReminderSenderTests() => _sender = new DiscordReminderSender(_rest,
        Options.Create(new DiscordOptions { Token = DiscordAdapterRig.Token, ApplicationId = "900" }), NullLogger<DiscordReminderSender>.Instance);

    [Fact]
    public async Task GroupReminderDeliveredHere_GoesToTheChannelWithButtons()
    {
        var outcome = await _sender.SendAsync(Delivery(Guild, deliverHere: true), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var sent = Assert.Single(_rest.Sent(GuildChannel));
        Assert.Equal("**Good morning**\n• open \\<t1\\>", sent.Content);
        Assert.Equal("rb:/done t1", sent.Components.Single().Buttons.Single().CustomId);
        Assert.Empty(_rest.DmsOpened);
    }

    [Fact]
    public async Task PersonalReminderInAGroup_IsADirectMessage()
    {
        await _sender.SendAsync(Delivery(Guild, deliverHere: false), TestContext.Current.CancellationToken);
        await _sender.SendAsync(Delivery(Guild, deliverHere: false), TestContext.Current.CancellationToken);

        Assert.Equal(2, _rest.Sent(AnaId + FakeDiscordRest.DmOffset).Count);
        Assert.Equal([AnaId], _rest.DmsOpened);
        Assert.Empty(_rest.Sent(GuildChannel));
    }

    [Fact]
    public async Task PrivateSpace_IsADirectMessage()
    {
        await _sender.SendAsync(Delivery(Dm, deliverHere: true), TestContext.Current.CancellationToken);

        Assert.Single(_rest.Sent(AnaId + FakeDiscordRest.DmOffset));
    }

    [Fact]
    public async Task ClosedDms_50007_IsUnreachable()
    {
        _rest.Fail(nameof(IDiscordRest.CreateMessageAsync), new DiscordApiException(403, 50007, "Cannot send messages to this user"));

        var outcome = await _sender.SendAsync(Delivery(Guild, deliverHere: false), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Unreachable, outcome);
    }

    [Theory]
    [InlineData(403, 50001)]
    [InlineData(403, 50013)]
    [InlineData(404, 10003)]
    public async Task ChannelTheBotLost_IsUnreachable(int status, int code)
    {
        _rest.Fail(nameof(IDiscordRest.CreateMessageAsync), new DiscordApiException(status, code, "gone"));

        Assert.Equal(DeliveryOutcome.Unreachable, await _sender.SendAsync(Delivery(Guild, deliverHere: true), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ServerErrorOrTimeout_IsRetriedLater()
    {
        _rest.Fail(nameof(IDiscordRest.CreateMessageAsync), new DiscordApiException(502, null, "Bad Gateway"));
        _rest.Fail(nameof(IDiscordRest.CreateDmChannelAsync), new TaskCanceledException("timeout"));

        Assert.Equal(DeliveryOutcome.RetryLater, await _sender.SendAsync(Delivery(Guild, deliverHere: true), TestContext.Current.CancellationToken));
        Assert.Equal(DeliveryOutcome.RetryLater, await _sender.SendAsync(Delivery(Guild, deliverHere: false), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RejectedBotToken_IsRetriedLater_NotThrown()
    {
        _rest.Fail(nameof(IDiscordRest.CreateMessageAsync), new DiscordApiException(401, null, "not sent: Discord rejected the bot token earlier"));

        Assert.Equal(DeliveryOutcome.RetryLater, await _sender.SendAsync(Delivery(Guild, deliverHere: true), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SplitReminder_RetriedAfterAFailure_SendsOnlyThePartsNotYetDelivered()
    {
        var longReply = new ReplyBuilder();
        for (var i = 0; i < 200; i++) longReply.Bullet($"item number {i} with some words to make the reminder long");
        var delivery = Delivery(Guild, deliverHere: true) with { Message = longReply.Build() };
        _rest.Fail(nameof(IDiscordRest.CreateMessageAsync), new DiscordApiException(500, null, "oops"), after: 1);

        var first = await _sender.SendAsync(delivery, TestContext.Current.CancellationToken);
        var second = await _sender.SendAsync(delivery, TestContext.Current.CancellationToken);

        Assert.Equal((DeliveryOutcome.RetryLater, DeliveryOutcome.Sent), (first, second));
        var parts = _rest.Sent(GuildChannel).Select(p => p.Content!).ToList();
        Assert.True(parts.Count >= 3);
        Assert.Equal(parts.Count, parts.Distinct().Count());
        Assert.StartsWith("• item number 0 ", parts[0]);
        Assert.Contains("item number 199 ", parts[^1]);
    }

    [Fact]
    public async Task ReminderRetriedAfterATimeout_SendsEachPartWithTheSameNonce_SoDiscordDropsADuplicate()
    {
        var longReply = new ReplyBuilder();
        for (var i = 0; i < 200; i++) longReply.Bullet($"item number {i} with some words to make the reminder long");
        var delivery = Delivery(Guild, deliverHere: true) with { Message = longReply.Build() };
        var other = Delivery(Guild, deliverHere: true);
        // The first part times out (it may have arrived all the same); the retry sends it again, then the rest.
        _rest.Fail(nameof(IDiscordRest.CreateMessageAsync), new TaskCanceledException("timeout"));

        await _sender.SendAsync(delivery, TestContext.Current.CancellationToken);
        await _sender.SendAsync(delivery, TestContext.Current.CancellationToken);
        await _sender.SendAsync(other, TestContext.Current.CancellationToken);

        var nonces = _rest.Attempted.Select(m => m.Nonce!).ToList();
        Assert.Equal(nonces[0], nonces[1]);
        Assert.All(nonces, n => Assert.InRange(n.Length, 1, 25));
        Assert.Equal(nonces.Count - 1, nonces.Distinct().Count());  // every other part, and the other reminder, has its own
    }

    [Fact]
    public async Task BehindThePacedQueue_ItIsTheDiscordPlatformSender()
    {
        var paced = new PacedReminderSender(_sender, DiscordPacing.Limits, TimeProvider.System);

        Assert.Equal(ChatPlatform.Discord, paced.Platform);
        Assert.Equal(DeliveryOutcome.Sent, await paced.SendAsync(Delivery(Guild, deliverHere: true), TestContext.Current.CancellationToken));
    }

    private static ReminderDelivery Delivery(Space space, bool deliverHere) => new(
        new ReminderRecipient(space, Ana),
        new OutboxEntry { Key = $"m3:kickoff:{Guid.NewGuid():N}", LocalOccurrence = "2026-01-15T08:00", Kind = ReminderKind.Kickoff },
        new ReplyBuilder().Line(Span.Bold("Good morning")).Bullet("open <t1>").Button("✅ t1", "/done t1").Build(),
        deliverHere,
        new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
}
