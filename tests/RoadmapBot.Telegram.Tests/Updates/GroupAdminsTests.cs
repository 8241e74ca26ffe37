using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Telegram.Tests.Fakes;
using RoadmapBot.Telegram.Updates;
using Telegram.Bot;

namespace RoadmapBot.Telegram.Tests.Updates;

/// <summary>Telegram's administrators list answers yes or no; when it can't be asked, the answer is unknown, not "no".</summary>
public sealed class GroupAdminsTests : IAsyncLifetime
{
    private const long Group = -100900;
    private readonly FakeTimeProvider _time = new();
    private FakeBotApi _api = null!;
    private GroupAdmins _admins = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var options = Options.Create(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl });
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl) { RetryThreshold = 0 });
        _admins = new GroupAdmins(bot, _time, options, NullLogger<GroupAdmins>.Instance);
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task AdminsList_AnswersYesOrNo_AndADemotionCountsOnceTheListIsAskedAgain()
    {
        _api.SetAdmins(Group, 1);

        Assert.True(await _admins.IsAdminAsync(Group, 1, TestContext.Current.CancellationToken));
        Assert.False(await _admins.IsAdminAsync(Group, 2, TestContext.Current.CancellationToken));
        _api.SetAdmins(Group);
        _time.Advance(GroupAdmins.CacheFor + TimeSpan.FromSeconds(1));
        Assert.False(await _admins.IsAdminAsync(Group, 1, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AdminsListUnavailable_IsUnknown()
    {
        _api.Fail("getChatAdministrators", new FakeFault.ServerError());

        Assert.Null(await _admins.IsAdminAsync(Group, 1, TestContext.Current.CancellationToken));
    }
}
