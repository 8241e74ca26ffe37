using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

public sealed class PrivateChatTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(101, "Ana", "Lima", "ana");
    private static readonly FakeChat Chat = FakeChat.Private(Ana);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;
    private TelegramBotRig _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = await TelegramBotRig.StartAsync(_api, _folder.Database);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task ImportDocument_ThenDoneAndProgress_RepliesInHtml()
    {
        await ImportSeedAsync();

        var done = await SendAsync("/done t1");
        Assert.Contains("t1", done.Text);
        var progress = await SendAsync("/progress");
        Assert.Contains("%", progress.Text);
        Assert.All(_api.Delivered(Chat.Id).Where(r => r.Text is not null), r => Assert.Equal("html", r.Params["parse_mode"]?.ToString().ToLowerInvariant()));
        await using var db = _bot.Db();
        Assert.True(await db.Progress.AnyAsync(p => p.ItemKey == "t1" && p.Status == ItemStatus.Done, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Streak_ArrivesAsOnePhotoOfTheHeatmap_CaptionedWithItsText()
    {
        await ImportSeedAsync();

        var streak = await SendAsync("/streak");

        Assert.Equal(("sendPhoto", "file:streak.png"), (streak.Method, streak.Params["photo"]?.ToString()));
        Assert.Contains("in a row", streak.Text);
    }

    [Fact]
    public async Task ScheduledKickoff_ArrivesInThePrivateChatOnce()
    {
        await ImportSeedAsync();
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        await using (var db = _bot.Db())
        {
            // A kickoff ten minutes ago, on schedules set up an hour ago: the next tick owes it, late.
            var member = await db.Members.SingleAsync(ct);
            member.TimeZone = "UTC";
            member.Settings = new ReminderSettings
            {
                Since = now.AddHours(-1),
                Schedules = new() { [ReminderKind.Kickoff] = new(TimeOnly.FromDateTime(now.AddMinutes(-10).UtcDateTime), [.. WeeklyTime.EveryDay]) },
            }.ToJson();
            await db.SaveChangesAsync(ct);
        }
        var dispatcher = _bot.Host.Services.GetRequiredService<ReminderDispatcher>();

        await dispatcher.TickAsync(ct);
        await dispatcher.TickAsync(ct);

        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Any(r => r.Text?.Contains("Good morning") == true), "the kickoff");
        Assert.Single(_api.Delivered(Chat.Id), r => r.Text?.Contains("Good morning") == true);
        await using var check = _bot.Db();
        var sent = await check.Outbox.SingleAsync(o => o.Kind == ReminderKind.Kickoff, ct);
        Assert.Equal((OutboxState.Sent, true), (sent.State, sent.Late));
    }

    [Fact]
    public async Task CommandMenu_IsRegisteredForPrivateChatsAndGroups()
    {
        await _api.WaitUntilAsync(a => a.Requests.Count(r => r.Method == "setMyCommands") == 2, "setMyCommands twice");

        var scopes = _api.Requests.Where(r => r.Method == "setMyCommands").Select(r => r.Params["scope"]!["type"]!.ToString()).ToList();
        Assert.Equal(["all_private_chats", "all_group_chats"], scopes);
        var groupMenu = _api.Requests.Last(r => r.Method == "setMyCommands").Params["commands"]!.AsArray()
            .Select(c => c!["command"]!.ToString()).ToList();
        Assert.Contains("today", groupMenu);
        Assert.DoesNotContain("link", groupMenu);
    }

    [Fact]
    public async Task OversizedDocument_IsRefusedBeforeAnyDownload()
    {
        _api.AddUpdate(Document(Chat, Ana, "big", "roadmap.md", 3 * 1024 * 1024, "/import"));

        var reply = await NextReplyAsync(0);
        Assert.Contains("limited to 1 MB", reply.Text);
        Assert.DoesNotContain(_api.Requests, r => r.Method == "getFile");
    }

    [Fact]
    public async Task TaskButtons_PressMarksDoneAnswersTheCallbackAndEditsTheMessage()
    {
        await ImportSeedAsync();
        var task = await SendAsync("/task t2");
        Assert.Contains("/done t2", task.ButtonData);

        _api.AddUpdate(Press(Chat, Ana, task.MessageId!.Value, "/done t2"));

        await _api.WaitUntilAsync(a => a.Requests.Any(r => r.Method == "editMessageText" && (int?)r.Params["message_id"] == task.MessageId), "the edit");
        Assert.Contains(_api.Requests, r => r.Method == "answerCallbackQuery" && r.Params["text"]?.ToString() is { Length: > 0 });
        await using var db = _bot.Db();
        Assert.True(await db.Progress.AnyAsync(p => p.ItemKey == "t2" && p.Status == ItemStatus.Done, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ButtonOnAnInaccessibleMessage_IsAnsweredWithANewMessage_NotAnEdit()
    {
        await ImportSeedAsync();
        var before = _api.Delivered(Chat.Id).Count;
        var press = Press(Chat, Ana, 77, "/today");
        press["callback_query"]!["message"]!["date"] = 0;

        _api.AddUpdate(press);

        var reply = await NextReplyAsync(before);
        Assert.Equal("sendMessage", reply.Method);
        Assert.DoesNotContain(_api.Requests, r => r.Method == "editMessageText");
    }

    [Fact]
    public async Task ForgedButtonData_IsAnsweredButChangesNothing()
    {
        await ImportSeedAsync();

        _api.AddUpdate(Press(Chat, Ana, 5, "/nonsense t1 " + new string('x', 80)));
        _api.AddUpdate(Press(Chat, Ana, 5, "DROP TABLE"));

        await _api.WaitUntilAsync(a => a.Requests.Count(r => r.Method == "answerCallbackQuery") == 2, "two callback answers");
        Assert.All(_api.Requests.Where(r => r.Method == "answerCallbackQuery"), r => Assert.Contains("no longer works", r.Params["text"]!.ToString()));
        Assert.DoesNotContain(_api.Requests, r => r.Method == "editMessageText");
    }

    [Fact]
    public async Task Review_AsksEachQuestionAsForceReplyAndStoresTheReplies()
    {
        await ImportSeedAsync();

        await SendAsync("/review");
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Any(r => r.Text?.StartsWith("Review question 1:") == true), "the first prompt");
        var prompt = _api.Delivered(Chat.Id).Last(r => r.Text?.StartsWith("Review question 1:") == true);
        Assert.True((bool?)prompt.Markup()?["force_reply"]);

        _api.AddUpdate(Text(Chat, Ana, "Shipped the <ETL> project & more", BotMessage(Chat, prompt.MessageId!.Value, prompt.Text!)));

        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Any(r => r.Text?.StartsWith("Review question 2:") == true), "the second prompt");
        await using var db = _bot.Db();
        var answer = await db.ReviewAnswers.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1, "Shipped the <ETL> project & more"), (answer.Question, answer.Text));
        Assert.Contains(_api.Delivered(Chat.Id), r => r.Text?.Contains("Answer 1 saved") == true);
    }

    private async Task ImportSeedAsync()
    {
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        var before = _api.Delivered(Chat.Id).Count;
        _api.AddUpdate(Document(Chat, Ana, "seed000", "roadmap.md", seed.Length, "/import"));
        var reply = await NextReplyAsync(before);
        Assert.StartsWith("Imported", reply.Text);
    }

    private async Task<FakeRequest> SendAsync(string text)
    {
        var before = _api.Delivered(Chat.Id).Count;
        _api.AddUpdate(Text(Chat, Ana, text));
        return await NextReplyAsync(before);
    }

    private async Task<FakeRequest> NextReplyAsync(int before)
    {
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count > before, "a reply");
        return _api.Delivered(Chat.Id)[before];
    }
}
