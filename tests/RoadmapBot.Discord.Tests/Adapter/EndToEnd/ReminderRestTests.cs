using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Discord.Client;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Reminders;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>Reminders through the real REST client to the fake Discord: what Discord would receive.</summary>
public sealed class ReminderRestTests : IAsyncLifetime
{
    private static readonly Space Guild = new() { Id = 1, Platform = ChatPlatform.Discord, ExternalId = "777", IsGroup = true };
    private static readonly Member Ana = new() { Id = 3, SpaceId = 1, UserId = "501", DisplayName = "Ana" };
    private FakeDiscord _discord = null!;
    private DiscordReminderSender _sender = null!;

    public async ValueTask InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        var client = new DiscordClientOptions { Token = DiscordAdapterRig.Token, ApiBaseUrl = _discord.ApiBaseUrl, ServerErrorRetryDelay = TimeSpan.FromMilliseconds(10) };
        var rest = new DiscordRestClient(new HttpClient(), client, TimeProvider.System, NullLogger<DiscordRestClient>.Instance);
        _sender = new DiscordReminderSender(rest, Options.Create(new DiscordOptions { Token = DiscordAdapterRig.Token, ApplicationId = "900" }),
            NullLogger<DiscordReminderSender>.Instance);
    }

    public async ValueTask DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task EveryoneInAReminder_PingsNobody()
    {
        var outcome = await _sender.SendAsync(Delivery(deliverHere: true, "@everyone note: **bold** @here"), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var request = Assert.Single(_discord.Requests.Items, r => r.Method == "POST" && r.Path == "/channels/777/messages");
        Assert.Equal("[]", request.JsonBody.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        var content = request.JsonBody.GetProperty("content").GetString()!;
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", content, StringComparison.Ordinal);
        Assert.Contains("\\*\\*bold\\*\\*", content);
    }

    [Fact]
    public async Task PersonalReminder_OpensTheDmChannelAndPostsThere()
    {
        var outcome = await _sender.SendAsync(Delivery(deliverHere: false, "Good morning"), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var open = Assert.Single(_discord.Requests.Items, r => r.Path == "/users/@me/channels");
        Assert.Equal("501", open.JsonBody.GetProperty("recipient_id").GetString());
        Assert.Single(_discord.Requests.Items, r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal) && r.Path != "/channels/777/messages");
    }

    [Fact]
    public async Task ClosedDms_50007FromDiscord_IsUnreachable()
    {
        _discord.Respond = r => r.Path.EndsWith("/messages", StringComparison.Ordinal) ? FakeResponse.Error(403, 50007, "Cannot send messages to this user") : null;

        var outcome = await _sender.SendAsync(Delivery(deliverHere: false, "Good morning"), TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Unreachable, outcome);
    }

    private static ReminderDelivery Delivery(bool deliverHere, string text) => new(
        new ReminderRecipient(Guild, Ana),
        new OutboxEntry { Key = $"m3:kickoff:{Guid.NewGuid():N}", LocalOccurrence = "2026-01-15T08:00", Kind = ReminderKind.Kickoff },
        ChatReply.Text(text),
        deliverHere,
        new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
}
