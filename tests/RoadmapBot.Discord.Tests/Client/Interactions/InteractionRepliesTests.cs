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

    private InteractionReplies Replies(InteractionType type, bool deferEphemeral = true, TimeSpan? createdBeforeReceipt = null,
        IReadOnlyDictionary<ulong, InteractionAttachment>? attachments = null)
    {
        var options = TestClients.Options(_discord, o => o.DeferEphemeral = _ => deferEphemeral);
        var interaction = new Interaction(11, FakeDiscord.ApplicationId, type, "tok", new DiscordUser(5, "ada", null))
        {
            ReceivedAt = _time.GetUtcNow(),
            CreatedAt = _time.GetUtcNow() - (createdBeforeReceipt ?? TimeSpan.Zero),
            Attachments = attachments ?? new Dictionary<ulong, InteractionAttachment>(),
        };
        return new InteractionReplies(interaction, TestClients.Rest(options), options, _time, NullLogger.Instance);
    }

    private IEnumerable<RecordedRequest> Callbacks => _discord.Requests.Items.Where(IsCallback);

    private static bool IsCallback(RecordedRequest request) => request.Path.EndsWith("/callback", StringComparison.Ordinal);

    /// <summary>Moves fake time on in small steps (the retries wait on it) until <paramref name="task"/> ends, then awaits it.</summary>
    private async Task AdvanceUntilDoneAsync(Task task)
    {
        for (var step = 0; step < 100 && !task.IsCompleted; step++)
        {
            await Task.WhenAny(task, Task.Delay(20, Ct));
            if (!task.IsCompleted) _time.Advance(TimeSpan.FromMilliseconds(250));
        }
        await task;
    }

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
    public async Task SlowHandler_IsDeferredHalfwayThroughDiscordsThreeSeconds()
    {
        Replies(InteractionType.ApplicationCommand);

        _time.Advance(TimeSpan.FromSeconds(1.4));
        await Task.Delay(100, Ct);  // the watchdog's callback, if it fired, goes out on the thread pool
        Assert.Empty(Callbacks);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await _discord.Requests.WaitForAsync(IsCallback, Bound);
    }

    [Fact]
    public async Task CommandCarryingAFile_IsDeferredOnReceipt_BeforeTheDownloadStarts()
    {
        var file = new InteractionAttachment(44, "plan.md", 1000, new Uri("https://cdn.example/plan.md"));
        Replies(InteractionType.ApplicationCommand, attachments: new Dictionary<ulong, InteractionAttachment> { [44] = file });

        var deferral = await _discord.Requests.WaitForAsync(IsCallback, Bound);  // no fake time passed

        Assert.Equal(5, deferral.JsonBody.GetProperty("type").GetInt32());
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
    public async Task CallbackFailingInPassing_IsTriedAgainInsideTheThreeSeconds()
    {
        var failures = 1;
        _discord.Respond = r => IsCallback(r) && Interlocked.Decrement(ref failures) >= 0 ? FakeResponse.Error(500, 0, "500: Internal Server Error") : null;
        var replies = Replies(InteractionType.ApplicationCommand);

        await AdvanceUntilDoneAsync(replies.ReplyAsync(new MessagePayload { Content = "logged" }, Ct));

        Assert.Equal([4, 4], Callbacks.Select(c => c.JsonBody.GetProperty("type").GetInt32()));
        Assert.Equal(2, _discord.Requests.Items.Count);
    }

    [Fact]
    public async Task CallbackThatArrivedThoughItFailed_Is40060OnTheRetry_AndCountsAsAnswered()
    {
        var calls = 0;
        _discord.Respond = r => Interlocked.Increment(ref calls) == 1
            ? FakeResponse.Error(502, 0, "Bad Gateway")
            : FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.");
        var replies = Replies(InteractionType.ApplicationCommand);

        await AdvanceUntilDoneAsync(replies.ReplyAsync(new MessagePayload { Content = "logged" }, Ct));

        Assert.Equal(2, Callbacks.Count());
        Assert.Equal(2, _discord.Requests.Items.Count);  // no follow-up: the answer is there
    }

    [Theory]
    [InlineData(502, 0, true)]
    [InlineData(401, 0, false)]
    [InlineData(404, 10062, false)]
    public async Task CallbackDiscordNeverTakes_IsLoggedNotThrown_SoNobodyClaimsTheCommandFailed(int status, int code, bool mayHaveArrived)
    {
        _discord.Respond = r => FakeResponse.Error(status, code, "refused");
        var replies = Replies(InteractionType.ApplicationCommand);

        await AdvanceUntilDoneAsync(replies.ReplyAsync(new MessagePayload { Content = "logged" }, Ct));
        await replies.ReplyAsync(new MessagePayload { Content = "a second part" }, Ct);

        Assert.InRange(Callbacks.Count(), 1, 5);  // retried only while Discord's 3 s last, and only when it failed in passing
        // A follow-up is worth a try only when a callback may have arrived; one refused outright acknowledged nothing.
        Assert.Equal(mayHaveArrived, _discord.Requests.Items.Any(r => !IsCallback(r)));
    }

    [Fact]
    public async Task CallbackRetries_EndWithDiscordsThreeSeconds_EvenWhenTheIdClaimsALaterCreation()
    {
        _discord.Respond = r => FakeResponse.Error(502, 0, "Bad Gateway");
        var replies = Replies(InteractionType.ApplicationCommand, createdBeforeReceipt: TimeSpan.FromDays(-365));  // a clock off by a year
        var start = _time.GetUtcNow();

        await AdvanceUntilDoneAsync(replies.ReplyAsync(new MessagePayload { Content = "logged" }, Ct));

        Assert.True(_time.GetUtcNow() - start <= TimeSpan.FromSeconds(3.25), $"retried until {_time.GetUtcNow() - start}");
    }

    [Fact]
    public async Task FollowUpServerError_IsRetried_AndTheLaterPartsStillGo()
    {
        var failures = 1;
        _discord.Respond = r => r.Method == "POST" && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal) && Interlocked.Decrement(ref failures) >= 0
            ? FakeResponse.Error(500, 0, "500: Internal Server Error")
            : null;
        var replies = Replies(InteractionType.ApplicationCommand);

        await replies.ReplyAsync(new MessagePayload { Content = "part 1" }, Ct);
        await replies.ReplyAsync(new MessagePayload { Content = "part 2" }, Ct);
        await replies.ReplyAsync(new MessagePayload { Content = "part 3" }, Ct);

        var delivered = _discord.Requests.Items.Skip(1).Select(r => r.JsonBody.GetProperty("content").GetString()).ToList();
        Assert.Equal(["part 2", "part 2", "part 3"], delivered);
    }

    [Fact]
    public async Task EditOfTheDeferredAnswerFailingInPassing_GoesOutAsAFollowUp()
    {
        _discord.Respond = r => r.Method == "PATCH" ? FakeResponse.Error(502, 0, "Bad Gateway") : null;
        var replies = Replies(InteractionType.ApplicationCommand);

        _time.Advance(TimeSpan.FromSeconds(2.5));
        await _discord.Requests.WaitForAsync(IsCallback, Bound);
        await replies.ReplyAsync(new MessagePayload { Content = "done at last" }, Ct);

        var last = _discord.Requests.Items[^1];
        Assert.Equal(("POST", "done at last"), (last.Method, last.JsonBody.GetProperty("content").GetString()));
    }

    [Fact]
    public async Task UnknownWebhook404_EndsEveryLaterDelivery()
    {
        _discord.Respond = r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal) ? FakeResponse.Error(404, 10015, "Unknown Webhook") : null;
        var replies = Replies(InteractionType.ApplicationCommand);
        await replies.ReplyAsync(new MessagePayload { Content = "part 1" }, Ct);

        await replies.ReplyAsync(new MessagePayload { Content = "part 2" }, Ct);
        await replies.ReplyAsync(new MessagePayload { Content = "part 3" }, Ct);

        Assert.Equal(2, _discord.Requests.Items.Count);  // Discord asks never to reuse a webhook that answered 404
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
