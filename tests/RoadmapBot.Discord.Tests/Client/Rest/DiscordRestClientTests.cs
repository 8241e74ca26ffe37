using RoadmapBot.Discord.Client.Models;
using RoadmapBot.Discord.Client.Rest;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Client.Rest;

public sealed class DiscordRestClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateMessage_SendsBotAuthorizationUserAgentAndJson()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = TestClients.Rest(TestClients.Options(discord));

        var sent = await rest.CreateMessageAsync(42, new MessagePayload { Content = "hello" }, Ct);

        var request = Assert.Single(discord.Requests.Items);
        Assert.Equal(("POST", "/channels/42/messages"), (request.Method, request.Path));
        Assert.Equal($"Bot {TestClients.Token}", request.Header("Authorization"));
        Assert.Equal("DiscordBot (https://github.com/roadmapbot/roadmapbot, 1.0)", request.Header("User-Agent"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Equal("hello", request.JsonBody.GetProperty("content").GetString());
        Assert.Equal(42UL, sent.ChannelId);
    }

    [Fact]
    public async Task EveryMessageBody_CarriesAllowedMentionsParseNothing_SoEveryonePingsNobody()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = TestClients.Rest(TestClients.Options(discord));
        var message = new MessagePayload { Content = "note: @everyone @here <@&5> ship it" };

        await rest.CreateMessageAsync(1, message, Ct);
        await rest.CreateInteractionResponseAsync(2, "tok", InteractionResponse.Reply(message), Ct);
        await rest.CreateInteractionResponseAsync(3, "tok", InteractionResponse.Update(message), Ct);
        await rest.EditOriginalResponseAsync(FakeDiscord.ApplicationId, "tok", message, Ct);
        await rest.CreateFollowupAsync(FakeDiscord.ApplicationId, "tok", message, Ct);

        var bodies = discord.Requests.Items.Select(r => r.JsonBody).ToList();
        Assert.Equal(5, bodies.Count);
        foreach (var body in bodies)
        {
            var data = body.TryGetProperty("data", out var d) ? d : body;
            Assert.Contains("@everyone", data.GetProperty("content").GetString());
            Assert.Equal("[]", data.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        }
    }

    [Fact]
    public async Task CreateMessage_WithAFile_SendsMultipartWithPayloadJsonAndMatchingAttachmentId()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = TestClients.Rest(TestClients.Options(discord));
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 };

        await rest.CreateMessageAsync(7, new MessagePayload
        {
            Content = "progress",
            Embeds = [new Embed { Title = "Week 3", ImageUrl = "attachment://progress.png" }],
            Files = [new FileUpload("progress.png", png, "Progress per phase")],
        }, Ct);

        var request = Assert.Single(discord.Requests.Items);
        Assert.StartsWith("multipart/form-data", request.Header("Content-Type"));
        var file = Assert.Single(request.Parts, p => p.Name == "files[0]");
        Assert.Equal(("progress.png", "image/png", png.Length), (file.FileName, file.ContentType, file.Length));
        var attachment = Assert.Single(request.JsonBody.GetProperty("attachments").EnumerateArray());
        Assert.Equal("0", attachment.GetProperty("id").GetString());
        Assert.Equal("progress.png", attachment.GetProperty("filename").GetString());
        Assert.Equal("[]", request.JsonBody.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
    }

    [Fact]
    public async Task CreateMessage_LongerThan2000Characters_IsRefusedBeforeSending()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = TestClients.Rest(TestClients.Options(discord));

        await Assert.ThrowsAsync<ArgumentException>(() => rest.CreateMessageAsync(1, new MessagePayload { Content = new string('a', 2001) }, Ct));

        Assert.Empty(discord.Requests.Items);
    }

    [Fact]
    public async Task ErrorAnswer_BecomesDiscordApiExceptionWithStatusAndCode()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = _ => FakeResponse.Error(403, 50007, "Cannot send messages to this user");
        var rest = TestClients.Rest(TestClients.Options(discord));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateMessageAsync(1, new MessagePayload { Content = "hi" }, Ct));

        Assert.Equal((403, 50007), (error.Status, error.Code));
        Assert.Single(discord.Requests.Items);
    }

    [Fact]
    public async Task Burst_Of200ChannelMessages_AllDeliveredWithinTheBucketWithoutA429Storm()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.ChannelMessageLimit = (5, TimeSpan.FromMilliseconds(100));
        var rest = TestClients.Rest(TestClients.Options(discord));

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => rest.CreateMessageAsync(55, new MessagePayload { Content = $"m{i}" }, Ct)));

        var delivered = discord.Requests.Items.Count - discord.TooManyRequestsSent;
        Assert.Equal(200, delivered);
        Assert.True(discord.TooManyRequestsSent <= 2, $"{discord.TooManyRequestsSent} 429s");
    }

    [Fact]
    public async Task GlobalTooManyRequests_IsHonouredThenTheMessageIsDelivered()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answered = 0;
        discord.Respond = _ => Interlocked.Increment(ref answered) == 1 ? FakeResponse.GlobalTooManyRequests(0.2) : null;
        var rest = TestClients.Rest(TestClients.Options(discord));

        await rest.CreateMessageAsync(1, new MessagePayload { Content = "after the wait" }, Ct);

        var requests = discord.Requests.Items;
        Assert.Equal(2, requests.Count);
        Assert.Equal(1, discord.TooManyRequestsSent);
    }

    [Fact]
    public async Task BotToken401_StopsEveryFurtherBotTokenRequest_ButNotInteractionAnswers()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = r => r.Path.StartsWith("/channels/", StringComparison.Ordinal) ? FakeResponse.Error(401, 0, "401: Unauthorized") : null;
        var rest = TestClients.Rest(TestClients.Options(discord));

        await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateMessageAsync(1, new MessagePayload { Content = "a" }, Ct));
        var second = await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateDmChannelAsync(2, Ct));
        await rest.CreateInteractionResponseAsync(3, "tok", InteractionResponse.Reply(new MessagePayload { Content = "still answered" }), Ct);
        await rest.CreateFollowupAsync(FakeDiscord.ApplicationId, "tok", new MessagePayload { Content = "and followed up" }, Ct);

        Assert.Equal(401, second.Status);
        Assert.True(rest.BotTokenRejected);
        Assert.Equal(["/channels/1/messages", "/interactions/3/tok/callback", $"/webhooks/{FakeDiscord.ApplicationId}/tok"],
            discord.Requests.Items.Select(r => r.PathWithoutQuery));
    }

    [Fact]
    public async Task ExpiredInteractionToken401_DoesNotStopTheBotTokenRequests()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal) ? FakeResponse.Error(401, 50027, "Invalid Webhook Token") : null;
        var rest = TestClients.Rest(TestClients.Options(discord));

        var expired = await Assert.ThrowsAsync<DiscordApiException>(() =>
            rest.EditOriginalResponseAsync(FakeDiscord.ApplicationId, "old-token", new MessagePayload { Content = "late" }, Ct));
        await rest.CreateMessageAsync(1, new MessagePayload { Content = "still fine" }, Ct);

        Assert.Equal(50027, expired.Code);
        Assert.Null(discord.Requests.Items[0].Header("Authorization"));  // the interaction token authorizes webhook routes
        Assert.Equal(2, discord.Requests.Items.Count);
    }

    [Fact]
    public async Task PlainTextTooManyRequests_IsACloudflareBan_AndFailsFastWithoutRetrying()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = _ => new FakeResponse(429, "error code: 1015", new Dictionary<string, string> { ["Retry-After"] = "66271" }, "text/plain");
        var rest = TestClients.Rest(TestClients.Options(discord));

        await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateMessageAsync(1, new MessagePayload { Content = "a" }, Ct));
        await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateMessageAsync(1, new MessagePayload { Content = "b" }, Ct));

        Assert.Single(discord.Requests.Items);
    }

    [Fact]
    public async Task ServerError_IsRetriedAndTheRetryKeepsTheNonce()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var answered = 0;
        discord.Respond = _ => Interlocked.Increment(ref answered) == 1 ? FakeResponse.Error(502, 0, "Bad Gateway") : null;
        var rest = TestClients.Rest(TestClients.Options(discord));

        await rest.CreateMessageAsync(1, new MessagePayload { Content = "once" }, Ct);

        var nonces = discord.Requests.Items.Select(r => r.JsonBody.GetProperty("nonce").GetString()).ToList();
        Assert.Equal(2, nonces.Count);
        Assert.Equal(nonces[0], nonces[1]);
    }

    [Fact]
    public async Task CallersNonce_IsSentWithEnforceNonce()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = TestClients.Rest(TestClients.Options(discord));

        await rest.CreateMessageAsync(1, new MessagePayload { Content = "once", Nonce = "outbox-entry-7" }, Ct);

        var body = Assert.Single(discord.Requests.Items).JsonBody;
        Assert.Equal(("outbox-entry-7", true), (body.GetProperty("nonce").GetString(), body.GetProperty("enforce_nonce").GetBoolean()));
    }

    [Fact]
    public async Task DownloadAttachment_RefusesAFileOverTheCap()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Files["small.md"] = new byte[100];
        discord.Files["big.md"] = new byte[300_000];
        var rest = TestClients.Rest(TestClients.Options(discord));

        var small = await rest.DownloadAttachmentAsync(discord.FileUrl("small.md"), 1000, Ct);
        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.DownloadAttachmentAsync(discord.FileUrl("big.md"), 1000, Ct));

        Assert.Equal(100, small.Length);
        Assert.Equal(413, error.Status);
    }
}
