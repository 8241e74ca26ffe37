using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>Plain messages on Telegram: any message in a private chat; in a group a reply to the bot or a mention of it.</summary>
public sealed class PlainLogsTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(401, "Ana");
    private static readonly FakeChat Private = FakeChat.Private(Ana);
    private static readonly FakeChat Group = FakeChat.Group(-100900);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;
    private TelegramBotRig _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _api.SetAdmins(Group.Id, Ana.Id);
        _bot = await TelegramBotRig.StartAsync(_api, _folder.Database);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task PrivateChat_CertainMessageIsLogged_UncertainOneIsAppliedByTheYesButton()
    {
        await ImportSeedAsync(Private);

        var logged = await SendAsync(Private, "did 4 sql problems and 2h on the project");
        Assert.Contains("sql +4 problems", logged.Text);
        Assert.Contains("/undo", logged.ButtonData);

        var asked = await SendAsync(Private, "finished the pandas task");
        Assert.Contains("/done t2", asked.Text);
        Assert.Contains("/yes", asked.ButtonData);
        Assert.Null(await StatusAsync("t2"));

        _api.AddUpdate(Press(Private, Ana, asked.MessageId!.Value, "/yes"));

        await _api.WaitUntilAsync(a => a.Requests.Any(r => r.Method == "editMessageText" && (int?)r.Params["message_id"] == asked.MessageId), "the edit");
        Assert.Equal(ItemStatus.Done, await StatusAsync("t2"));
        Assert.Equal(["project", "sql"], (await MetricsAsync()).Order());
    }

    [Fact]
    public async Task Group_ReadsRepliesToTheBotAndMentions_AndIgnoresChatter()
    {
        await ImportSeedAsync(Group);

        _api.AddUpdate(Text(Group, Ana, "did 4 sql problems"));
        var mention = await SendAsync(Group, "@RoadmapTestBot 2 commits");
        var reply = await SendAsync(Group, "t5 done", BotMessage(Group, 77, "Good morning!"));

        Assert.Contains("commits +2", mention.Text);
        Assert.Contains("t5", reply.Text);
        Assert.Equal(["commits"], await MetricsAsync());
        Assert.Equal(ItemStatus.Done, await StatusAsync("t5"));
        Assert.Equal(3, _api.Delivered(Group.Id).Count);
    }

    private async Task<ItemStatus?> StatusAsync(string key)
    {
        await using var db = _bot.Db();
        return (await db.Progress.SingleOrDefaultAsync(p => p.ItemKey == key, TestContext.Current.CancellationToken))?.Status;
    }

    private async Task<List<string>> MetricsAsync()
    {
        await using var db = _bot.Db();
        return await db.MetricLogs.Select(l => l.Metric).ToListAsync(TestContext.Current.CancellationToken);
    }

    private async Task ImportSeedAsync(FakeChat chat)
    {
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        var before = _api.Delivered(chat.Id).Count;
        _api.AddUpdate(Document(chat, Ana, "seed000", "roadmap.md", seed.Length, "/import"));
        await _api.WaitUntilAsync(a => a.Delivered(chat.Id).Count > before, "the import reply");
        Assert.StartsWith("Imported", _api.Delivered(chat.Id)[before].Text);
    }

    private async Task<FakeRequest> SendAsync(FakeChat chat, string text, System.Text.Json.Nodes.JsonObject? replyTo = null)
    {
        var before = _api.Delivered(chat.Id).Count;
        _api.AddUpdate(Text(chat, Ana, text, replyTo));
        await _api.WaitUntilAsync(a => a.Delivered(chat.Id).Count > before, $"a reply to {text}");
        return _api.Delivered(chat.Id)[before];
    }
}
