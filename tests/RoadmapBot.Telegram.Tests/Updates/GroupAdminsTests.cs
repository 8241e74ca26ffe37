using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Telegram.Sending;
using RoadmapBot.Telegram.Tests.Fakes;
using RoadmapBot.Telegram.Updates;
using Telegram.Bot;

namespace RoadmapBot.Telegram.Tests.Updates;

/// <summary>Telegram's administrators list answers yes or no; a moment's failure is asked again; when it can't be asked, the answer is unknown, not "no".</summary>
public sealed class GroupAdminsTests : IAsyncLifetime
{
    private const long Group = -100900;
    private readonly FakeTimeProvider _time = new();
    private readonly ImmediateTimers _retryClock = new();
    private FakeBotApi _api = null!;
    private GroupAdmins _admins = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var options = Options.Create(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl });
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, _api.BaseUrl) { RetryThreshold = 0 });
        var retry = new TelegramRetry(_retryClock, options, NullLogger<TelegramRetry>.Instance);
        _admins = new GroupAdmins(bot, _time, retry, options, NullLogger<GroupAdmins>.Instance);
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
    public async Task AdminsListRateLimitedOnce_IsAskedAgainAfterItsRetryAfter()
    {
        _api.SetAdmins(Group, 1);
        _api.Fail("getChatAdministrators", new FakeFault.TooManyRequests(2));

        Assert.True(await _admins.IsAdminAsync(Group, 1, TestContext.Current.CancellationToken));
        Assert.Equal([TimeSpan.FromSeconds(2)], _retryClock.Waits);
    }

    [Fact]
    public async Task AdminsListBehindABadGatewayOnce_IsAskedAgain()
    {
        _api.SetAdmins(Group, 1);
        _api.Fail("getChatAdministrators", new FakeFault.BadGateway());

        Assert.True(await _admins.IsAdminAsync(Group, 1, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AdminsListStillUnavailableAfterEveryAttempt_IsUnknown()
    {
        _api.SetAdmins(Group, 1);
        _api.Fail("getChatAdministrators", new FakeFault.ServerError(), times: TelegramRetry.MaxAttempts);

        Assert.Null(await _admins.IsAdminAsync(Group, 1, TestContext.Current.CancellationToken));
    }
}
