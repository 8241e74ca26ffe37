using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Discord.Client.Interactions;
using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Client.Interactions;

/// <summary>The acknowledgement rules, with the watchdog on fake time and the replies going to the fake Discord's REST routes.</summary>
public sealed class InteractionRepliesTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new();
    private FakeDiscord _discord = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async ValueTask DisposeAsync() => await _discord.DisposeAsync();

    private InteractionReplies Replies(InteractionType type, bool deferEphemeral = true, TimeSpan? createdBeforeReceipt = null)
    {
        var options = TestClients.Options(_discord, o => o.DeferEphemeral = _ => deferEphemeral);
        var interaction = new Interaction(11, FakeDiscord.ApplicationId, type, "tok", new DiscordUser(5, "ada", null))
        {
            ReceivedAt = _time.GetUtcNow(),
            CreatedAt = _time.GetUtcNow() - (createdBeforeReceipt ?? TimeSpan.Zero),
        };
        return new InteractionReplies(interaction, TestClients.Rest(options), options, _time, NullLogger.Instance);
    }

    private IEnumerable<RecordedRequest> Callbacks => _discord.Requests.Items.Where(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));

    [Fact]
    public async Task SlowHandler_GetsAnEphemeralDeferral_ThenItsReplyEditsTheOriginal_ThenFollowsUp_NeverTwoCallbacks()
    {
        var replies = Replies(InteractionType.ApplicationCommand);

        _time.Advance(TimeSpan.FromSeconds(2.5));
        var deferral = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        await replies.ReplyAsync(new MessagePayload { Content = "done at last" }, Ct);
        await replies.ReplyAsync(new MessagePayload { Content = "and one more" }, Ct);

        Assert.Equal(5, deferral.JsonBody.GetProperty("type").GetInt32());
        Assert.Equal(64, deferral.JsonBody.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Single(Callbacks);
        var after = _discord.Requests.Items.Skip(1).Select(r => (r.Method, r.Path)).ToList();
        Assert.Equal([
            ("PATCH", $"/webhooks/{FakeDiscord.ApplicationId}/tok/messages/@original"),
            ("POST", $"/webhooks/{FakeDiscord.ApplicationId}/tok?wait=true"),
        ], after);
        Assert.True(replies.Acknowledged);
    }

    [Fact]
    public async Task InteractionAlreadyPastItsWindowOnArrival_IsNeverDeferred()
    {
        // As after a gateway resume: Discord replays an interaction created ten seconds ago, which it no longer accepts answers to.
        var replies = Replies(InteractionType.ApplicationCommand, createdBeforeReceipt: TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(200, Ct);  // the watchdog's callback, if it fired, goes out on the thread pool

        Assert.Empty(_discord.Requests.Items);
        Assert.False(replies.Acknowledged);
    }

    [Fact]
    public async Task FastHandler_RepliesWithTheCallback_AndTheWatchdogNeverFires()
    {
        var replies = Replies(InteractionType.ApplicationCommand);

        _time.Advance(TimeSpan.FromSeconds(1));
        await replies.ReplyAsync(new MessagePayload { Content = "quick" }, Ct);
        _time.Advance(TimeSpan.FromSeconds(10));

        var callback = Assert.Single(_discord.Requests.Items);
        Assert.Equal(4, callback.JsonBody.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task SlowButton_IsDeferredAsAnUpdate_AndUpdateMessageEditsTheButtonsMessage()
    {
        var replies = Replies(InteractionType.MessageComponent);

        _time.Advance(TimeSpan.FromSeconds(3));
        await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        await replies.UpdateMessageAsync(new MessagePayload { Content = "✅ t5 done" }, Ct);

        Assert.Equal(6, Callbacks.Single().JsonBody.GetProperty("type").GetInt32());
        Assert.Equal("PATCH", _discord.Requests.Items[^1].Method);
    }

    [Fact]
    public async Task Modal_AfterTheWatchdogDeferred_IsRefusedWithoutASecondCallback()
    {
        var replies = Replies(InteractionType.ApplicationCommand);

        _time.Advance(TimeSpan.FromSeconds(3));
        await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        var shown = await replies.ShowModalAsync(new Modal("review", "Weekly review", [new TextInput("q1", "What went well?")]), Ct);

        Assert.False(shown);
        Assert.Single(Callbacks);
    }

    [Fact]
    public async Task AlreadyAcknowledged40060_IsLoggedNotThrown()
    {
        _discord.Respond = r => r.Path.EndsWith("/callback", StringComparison.Ordinal)
            ? FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.")
            : null;
        var replies = Replies(InteractionType.ApplicationCommand);

        await replies.ReplyAsync(new MessagePayload { Content = "hi" }, Ct);

        Assert.Single(_discord.Requests.Items);
    }

    [Fact]
    public async Task UnknownInteraction10062_IsNeverRetried()
    {
        _discord.Respond = r => r.Path.EndsWith("/callback", StringComparison.Ordinal)
            ? FakeResponse.Error(404, 10062, "Unknown interaction")
            : null;
        var replies = Replies(InteractionType.ApplicationCommand);

        await replies.ReplyAsync(new MessagePayload { Content = "late" }, Ct);

        Assert.Single(_discord.Requests.Items);
    }

    [Fact]
    public async Task Autocomplete_IsNeverDeferred()
    {
        var replies = Replies(InteractionType.Autocomplete);

        _time.Advance(TimeSpan.FromSeconds(5));
        await replies.AutocompleteAsync([new AutocompleteChoice("t5 SQL joins", "t5")], Ct);

        var callback = Assert.Single(_discord.Requests.Items);
        Assert.Equal(8, callback.JsonBody.GetProperty("type").GetInt32());
        Assert.Equal("t5", callback.JsonBody.GetProperty("data").GetProperty("choices")[0].GetProperty("value").GetString());
    }
}
