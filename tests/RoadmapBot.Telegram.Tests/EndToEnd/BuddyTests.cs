using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>Buddies on Telegram: /buddy as a reply to Ben's message asks him, his inline button agrees, Ana's nudge reaches his private chat.</summary>
public sealed class BuddyTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(501, "Ana");
    private static readonly FakeUser Ben = new(502, "Ben", "Okafor");
    private static readonly FakeChat Group = FakeChat.Group(-100950);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;
    private TelegramBotRig _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _api.SetAdmins(Group.Id, Ana.Id);
        _bot = await TelegramBotRig.StartAsync(_api, _folder.Database);
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        _api.AddUpdate(Document(Group, Ana, "seed000", "roadmap.md", seed.Length, "/import"));
        await _api.WaitUntilAsync(a => a.Delivered(Group.Id).Count > 0, "the import reply");
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task BuddyAsAReplyToBen_HisButtonPairs_AndAnasNudgeReachesHisPrivateChat()
    {
        var hello = Text(Group, Ben, "/start");
        await SendAsync(hello);
        var refused = await SendAsync(WithMention(Text(Group, Ana, $"/buddy @{FakeBotApi.BotUsername}"), 7, FakeBotApi.BotUsername.Length + 1));
        Assert.Equal("I can't be your buddy: pick a member of this group, e.g. /buddy NAME.", refused.Text);

        var ask = await SendAsync(Text(Group, Ana, "/buddy", replyTo: hello["message"]!.DeepClone().AsObject()));

        Assert.StartsWith("🤝 Ana asks Ben Okafor to be accountability buddies", ask.Text);
        Assert.Contains($"{Ben.Id}/buddy yes {Ana.Id}", ask.ButtonData);
        _api.AddUpdate(Press(Group, Ben, ask.MessageId!.Value, $"{Ben.Id}/buddy yes {Ana.Id}"));
        await _api.WaitUntilAsync(a => a.Requests.Any(r => r.Text?.StartsWith("🤝 Ana and Ben Okafor are buddies now", StringComparison.Ordinal) == true), "the pair");
        await using (var db = _bot.Db())
            Assert.NotNull((await db.BuddyPairs.SingleAsync(TestContext.Current.CancellationToken)).ConfirmedAt);

        _api.AddUpdate(Text(Group, Ana, "/buddy nudge"));
        await _api.WaitUntilAsync(a => a.Delivered(Group.Id).Any(r => r.Text?.StartsWith("👋 Ben Okafor gets a friendly nudge", StringComparison.Ordinal) == true), "the nudge's reply");
        await _bot.Host.Services.GetRequiredService<ReminderDispatcher>().TickAsync(TestContext.Current.CancellationToken);

        await _api.WaitUntilAsync(a => a.Delivered(Ben.Id).Any(r => r.Text?.Contains("A nudge from your buddy Ana", StringComparison.Ordinal) == true), "the nudge");
        Assert.DoesNotContain(_api.Delivered(Group.Id), r => r.Text?.Contains("A nudge from", StringComparison.Ordinal) == true);
    }

    private static JsonObject WithMention(JsonObject update, int offset, int length)
    {
        ((JsonArray)update["message"]!["entities"]!).Add(new JsonObject { ["type"] = "mention", ["offset"] = offset, ["length"] = length });
        return update;
    }

    private async Task<FakeRequest> SendAsync(JsonObject update)
    {
        var before = _api.Delivered(Group.Id).Count;
        _api.AddUpdate(update);
        await _api.WaitUntilAsync(a => a.Delivered(Group.Id).Count > before, "a reply");
        return _api.Delivered(Group.Id)[before];
    }
}
