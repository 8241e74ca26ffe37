using Microsoft.EntityFrameworkCore;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>Re-plan in one tap on Telegram: seed 000's dates are past, so its import offers the re-plan as inline buttons.</summary>
public sealed class ReplanTests : IAsyncLifetime
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
    public async Task ImportOffersReplan_PressingPreviewThenShift_MovesAnasOwnDates()
    {
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        _api.AddUpdate(Document(Chat, Ana, "seed000", "roadmap.md", seed.Length, "/import"));
        await _api.WaitUntilAsync(a => a.Delivered(Chat.Id).Count > 0, "the import reply");
        var imported = _api.Delivered(Chat.Id)[0];
        Assert.Contains("/replan", imported.ButtonData);

        _api.AddUpdate(Press(Chat, Ana, imported.MessageId!.Value, "/replan"));
        var preview = await EditAsync(imported.MessageId.Value, "<b>Re-plan</b> —");
        Assert.Contains("/replan shift", preview.ButtonData);

        _api.AddUpdate(Press(Chat, Ana, imported.MessageId.Value, "/replan shift"));
        await EditAsync(imported.MessageId.Value, "Re-planned:");

        await using var db = _bot.Db();
        Assert.True(await db.PlanShifts.AnyAsync(s => s.ItemKey == "t1" && s.Days > 0, TestContext.Current.CancellationToken));
    }

    private async Task<FakeRequest> EditAsync(int messageId, string startsWith)
    {
        bool Match(FakeRequest r) => r.Method == "editMessageText" && (int?)r.Params["message_id"] == messageId && r.Text?.StartsWith(startsWith, StringComparison.Ordinal) == true;
        await _api.WaitUntilAsync(a => a.Requests.Any(Match), startsWith);
        return _api.Requests.Last(Match);
    }
}
