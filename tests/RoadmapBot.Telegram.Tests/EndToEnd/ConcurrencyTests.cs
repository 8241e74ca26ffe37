using RoadmapBot.Telegram.Tests.Fakes;
using static RoadmapBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace RoadmapBot.Telegram.Tests.EndToEnd;

/// <summary>Updates are handled at once across chats and in order within one; each handled update is recorded with its effect.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private static readonly FakeUser Ana = new(321, "Ana");
    private static readonly FakeUser Ben = new(322, "Ben");
    private static readonly FakeChat AnasChat = FakeChat.Private(Ana);
    private static readonly FakeChat BensChat = FakeChat.Private(Ben);
    private readonly TempFolder _folder = new();
    private FakeBotApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _api.DownloadGate?.TrySetResult();
        await _api.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task SlowUpdateInOneChat_DoesNotHoldAnotherChat_AndItsChatKeepsItsOrder()
    {
        await using var bot = await TelegramBotRig.StartAsync(_api, _folder.Database);
        var seed = Seeds.Read("000");
        _api.AddFile("seed000", seed);
        _api.DownloadGate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        _api.AddUpdate(Document(AnasChat, Ana, "seed000", "roadmap.md", seed.Length, "/import"));
        _api.AddUpdate(Text(AnasChat, Ana, "/done t1"));
        _api.AddUpdate(Text(BensChat, Ben, "/help"));

        await _api.WaitUntilAsync(a => a.Delivered(BensChat.Id).Count == 1, "Ben's reply while Ana's import is still downloading");
        Assert.Empty(_api.Delivered(AnasChat.Id));
        _api.DownloadGate.TrySetResult();
        await _api.WaitUntilAsync(a => a.Delivered(AnasChat.Id).Count == 2, "Ana's two replies");
        Assert.StartsWith("Imported", _api.Delivered(AnasChat.Id)[0].Text);
        Assert.Contains("t1", _api.Delivered(AnasChat.Id)[1].Text);
    }
}
