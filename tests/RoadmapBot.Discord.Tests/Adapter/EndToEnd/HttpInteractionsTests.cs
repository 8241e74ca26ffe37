using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using RoadmapBot.Discord.Tests.Adapter.Fakes;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>Discord POSTing signed interactions to /discord/interactions, no gateway: the same conversation as over the gateway.</summary>
public sealed class HttpInteractionsTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("roadmapbot-discord-http-").FullName;
    private readonly InteractionSigner _signer = new();
    private FakeDiscord _discord = null!;
    private HttpInteractionsRig _bot = null!;

    private string Database => Path.Combine(_folder, "bot.db");

    public async ValueTask InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _bot = await HttpInteractionsRig.StartAsync(_discord, _signer, Database);
        await _bot.ImportAsync("000");
    }

    public async ValueTask DisposeAsync()
    {
        _discord.DownloadGate?.TrySetResult();
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
        _signer.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPongAsJson()
    {
        var (status, contentType, body) = await _bot.PostAsync("""{"id":"1","application_id":"2","type":1,"token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", contentType);
        Assert.Equal(1, JsonDocument.Parse(body).RootElement.GetProperty("type").GetInt32());
        Assert.DoesNotContain(_discord.Requests.Items, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlashCommand_IsAnsweredInItsCallback_BeforeTheRequestGets202()
    {
        var (status, _, body) = await _bot.PostAsync(FakeInteractions.SlashCommand("done", [("key", 3, "t1")]));

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Empty(body);
        var callback = Assert.Single(_discord.Requests.Items, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
        Assert.Equal(4, callback.JsonBody.GetProperty("type").GetInt32());
        Assert.Contains("Python Fundamentals", callback.JsonBody.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task SameSignedInteractionPostedAgain_RunsItsCommandOnce_AndIsAnsweredOnce()
    {
        var body = FakeInteractions.SlashCommand("log", [("metric", 3, "sql"), ("amount", 10, 4)]);

        await _bot.PostAsync(body);
        await _bot.PostAsync(body);

        var answers = _discord.Requests.Items.Where(r => r.Path.EndsWith("/callback", StringComparison.Ordinal) && r.JsonBody.GetProperty("type").GetInt32() == 4);
        Assert.Contains("sql", Assert.Single(answers).JsonBody.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task SlowCommand_IsDeferredWithinDiscordsWindow_ThenItsAnswerEditsTheDeferral()
    {
        var seed = Seeds.Read("001");
        _discord.Files["roadmap.md"] = seed;
        _discord.DownloadGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var interaction = JsonNode.Parse(FakeInteractions.SlashCommand("import", [("file", 11, "55")], permissions: "32"))!;
        interaction["data"]!["resolved"] = new JsonObject
        {
            ["attachments"] = new JsonObject
            {
                ["55"] = new JsonObject { ["id"] = "55", ["filename"] = "roadmap.md", ["size"] = seed.Length, ["url"] = _discord.FileUrl("roadmap.md").ToString() },
            },
        };

        var posted = _bot.PostAsync(interaction.ToJsonString());
        // The engine waits on the download until the deferral is seen: the deferral cannot have waited for the engine.
        var defer = await _discord.Requests.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), Bound);
        Assert.Equal(5, defer.JsonBody.GetProperty("type").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, (await posted).Status);
        _discord.DownloadGate.TrySetResult();

        var edit = await _discord.Requests.WaitForAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), Bound);
        Assert.StartsWith("**Replacing the roadmap changes:**", edit.JsonBody.GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("forged signature")]
    [InlineData("body changed")]
    [InlineData("six minutes old")]
    [InlineData("no signature")]
    public async Task RequestNotFromDiscord_Is401_AndNothingIsHandled(string how)
    {
        var command = FakeInteractions.SlashCommand("done", [("key", 3, "t1")]);
        using var forger = new InteractionSigner();

        var (status, _, _) = how switch
        {
            "forged signature" => await _bot.PostAsync(command, tamper: r => (forger.Sign(r.Body, DateTimeOffset.UtcNow).Signature, r.Timestamp, r.Body)),
            "body changed" => await _bot.PostAsync(command, tamper: r => (r.Signature, r.Timestamp, r.Body.Replace("t1", "t2", StringComparison.Ordinal))),
            "six minutes old" => await _bot.PostAsync(command, signedAt: DateTimeOffset.UtcNow.AddMinutes(-6)),
            _ => await _bot.PostAsync(command, tamper: r => (null, null, r.Body)),
        };
        // A rightful request afterwards is answered: had the refused one been handled, its callback would be there first.
        await _bot.PostAsync(FakeInteractions.SlashCommand("help"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var callback = Assert.Single(_discord.Requests.Items, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
        Assert.DoesNotContain("Python Fundamentals", callback.JsonBody.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_TheConversationGoesOnWhicheverGetsIt()
    {
        await using var second = await HttpInteractionsRig.StartAsync(_discord, _signer, Database);

        Assert.Equal(HttpStatusCode.Accepted, (await _bot.PostAsync(FakeInteractions.SlashCommand("done", [("key", 3, "t1")]))).Status);
        Assert.Equal(HttpStatusCode.Accepted, (await second.PostAsync(FakeInteractions.SlashCommand("undo"))).Status);

        var callbacks = _discord.Requests.Items.Where(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, callbacks.Count);
        Assert.StartsWith("Undone: `/done t1`", callbacks[1].JsonBody.GetProperty("data").GetProperty("content").GetString());
    }
}
