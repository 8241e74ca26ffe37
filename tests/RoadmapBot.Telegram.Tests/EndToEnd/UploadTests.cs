using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>An uploaded roadmap is checked before it is fetched: the sender's right and rate first, then a download capped at 1 MB.</summary>
public sealed class UploadTests : IAsyncLifetime
{
    private static readonly FakeUser Alice = new(211, "Alice");
    private static readonly FakeUser Bob = new(212, "Bob");
    private static readonly FakeChat Group = FakeChat.Group(-100611);
    private static readonly FakeChat BobsChat = FakeChat.Private(Bob);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;
    private TelegramBotRig _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _api.SetAdmins(Group.Id, Alice.Id);
        _bot = await TelegramBotRig.StartAsync(_api, _folder.Database);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task NonAdminsDocumentInAGroup_IsRefusedWithoutBeingDownloaded()
    {
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);

        var reply = await SendAsync(Group, Document(Group, Bob, "seed000", "000.md", seed.Length, "/import"));

        Assert.Contains("admin", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_api.Requests, r => r.Method == "getFile");
    }

    [Fact]
    public async Task DocumentWithoutASize_IsCutOffAtOneMegabyte()
    {
        var huge = new byte[24 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');
        _api.AddFile("huge", huge);

        var reply = await SendAsync(BobsChat, Document(BobsChat, Bob, "huge", "roadmap.md", size: null, "/import"));

        // The buffer's own refusal, not the importer's after a whole download ("The file is 24,576 KB").
        Assert.Equal("The file is larger than 1 MB; roadmaps are limited to 1 MB.", reply.Text);
    }

    [Fact]
    public async Task RateLimitedMembersDocument_IsNotDownloaded()
    {
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        for (var i = 0; i < 20; i++)
            _api.AddUpdate(Text(BobsChat, Bob, "/streak"));
        await _api.WaitUntilAsync(a => a.Delivered(BobsChat.Id).Count >= 20, "twenty replies");

        var reply = await SendAsync(BobsChat, Document(BobsChat, Bob, "seed000", "roadmap.md", seed.Length, "/import"));

        Assert.Contains("Slow down", reply.Text);
        Assert.DoesNotContain(_api.Requests, r => r.Method == "getFile");
    }

    [Fact]
    public async Task GetFileFailingOnce_IsAskedAgainAndTheRoadmapImported()
    {
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        _api.Fail("getFile", new FakeFault.BadGateway());

        var reply = await SendAsync(BobsChat, Document(BobsChat, Bob, "seed000", "roadmap.md", seed.Length, "/import"));

        Assert.StartsWith("Imported", reply.Text);
        Assert.Equal(2, _api.Requests.Count(r => r.Method == "getFile"));
    }

    [Fact]
    public async Task GetFileRefused_IsAnsweredInWords_AndNothingIsImported()
    {
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        _api.Fail("getFile", new FakeFault.Refused(400, "Bad Request: file is too big"));

        var reply = await SendAsync(BobsChat, Document(BobsChat, Bob, "seed000", "roadmap.md", size: null, "/import"));

        Assert.Equal("I couldn't fetch your file from Telegram: it is over the 20 MB Telegram lets bots download, and roadmaps are limited to 1 MB.", reply.Text);
        await using var db = _bot.Db();
        Assert.Empty(db.Roadmaps);
    }

    private async Task<FakeRequest> SendAsync(FakeChat chat, System.Text.Json.Nodes.JsonObject update)
    {
        var before = _api.Delivered(chat.Id).Count;
        _api.AddUpdate(update);
        await _api.WaitUntilAsync(a => a.Delivered(chat.Id).Count > before, "the reply to the upload", TimeSpan.FromSeconds(60));
        return _api.Delivered(chat.Id)[before];
    }
}
