using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Verification;

namespace RoadmapBot.Core.Tests.Verification;

/// <summary>GitHub's public events against a fake GitHub on Kestrel; the member's day is Thu 15 Jan 2026 in Berlin (UTC+1).</summary>
public sealed class GitHubEventsTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 1, 15);
    private static readonly MemberDay Berlin = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), TimeOnly.MinValue);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 19, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();
    private FakeGitHub _github = null!;

    public async ValueTask InitializeAsync() => _github = await FakeGitHub.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _github.DisposeAsync();
    }

    private GitHubEvents Source(string? token = null, RateBudget? budget = null) =>
        new(_http, Options.Create(new GitHubOptions { ApiUrl = _github.ApiUrl, Token = token }), budget ?? new RateBudget(_time), NullLogger<GitHubEvents>.Instance);

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 1, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task Count_PushesOnTheMembersLocalDay_CountTheirCommitsWhereCarried_ElseOnePerPush()
    {
        _github.Push("ann", Utc(15, 9), size: 3);
        _github.Push("ann", Utc(15, 12), commits: 2);
        _github.Push("ann", Utc(15, 13));
        _github.Push("ann", Utc(14, 23, 30), size: 4);   // 00:30 on the 15th in Berlin: counts
        _github.Push("ann", Utc(14, 22, 30), size: 5);   // 23:30 on the 14th in Berlin: the day before
        _github.Add("ann", "WatchEvent", Utc(15, 10));

        var check = await Source().CountAsync("ann", Berlin, Day, 1, 1, TestContext.Current.CancellationToken);

        Assert.Equal(new ActivityCheck(ActivityOutcome.Counted, 3 + 2 + 1 + 4), check);
    }

    [Fact]
    public async Task SecondCheck_SendsTheETag_AndThe304sCountFromTheKeptPageWithoutSpendingTheBudget()
    {
        _github.Push("ann", Utc(15, 9), size: 2);
        var source = Source();
        var ct = TestContext.Current.CancellationToken;

        await source.CountAsync("ann", Berlin, Day, 1, 1, ct);
        var again = await source.CountAsync("ann", Berlin, Day, 1, 1, ct);
        var third = await source.CountAsync("ann", Berlin, Day, 1, 1, ct);

        Assert.Equal((ActivityOutcome.Counted, 2), (again.Outcome, again.Count));
        Assert.Equal((ActivityOutcome.Counted, 2), (third.Outcome, third.Count));
        Assert.Equal([200, 304, 304], _github.Requests.Select(r => r.Status));
        Assert.Null(_github.Requests[0].IfNoneMatch);
        Assert.NotNull(_github.Requests[1].IfNoneMatch);
        Assert.Equal(59, _github.Remaining);
    }

    [Fact]
    public async Task UnknownAccount_Is404_AndAPrivateOneHasNoPublicEvents()
    {
        _github.AddAccount("quiet");
        var source = Source();

        var unknown = await source.CountAsync("ghost", Berlin, Day, 1, 1, TestContext.Current.CancellationToken);
        var quiet = await source.CountAsync("quiet", Berlin, Day, 1, 1, TestContext.Current.CancellationToken);

        Assert.Equal(ActivityOutcome.UnknownAccount, unknown.Outcome);
        Assert.Equal(new ActivityCheck(ActivityOutcome.Counted, 0, HasPublicEvents: false), quiet);
    }

    [Fact]
    public async Task Budget_IsSharedFairly_AMemberWhoUsedTheirShareWaits_OthersStillGetTheirs()
    {
        (_github.SendETags, _github.Limit, _github.Remaining) = (false, 6, 6);
        _github.Push("ann", Utc(15, 9));
        _github.Push("ben", Utc(15, 9));
        var source = Source();
        var ct = TestContext.Current.CancellationToken;

        // Six requests an hour among three members: two each.
        var anns = new List<ActivityOutcome>();
        for (var i = 0; i < 3; i++)
            anns.Add((await source.CountAsync("ann", Berlin, Day, memberId: 1, sharers: 3, ct)).Outcome);
        var ben = await source.CountAsync("ben", Berlin, Day, memberId: 2, sharers: 3, ct);

        Assert.Equal([ActivityOutcome.Counted, ActivityOutcome.Counted, ActivityOutcome.BudgetSpent], anns);
        Assert.Equal(ActivityOutcome.Counted, ben.Outcome);
        Assert.Equal(3, _github.Requests.Count);
    }

    [Fact]
    public async Task SpentBudget_FallsBackUntilGitHubsResetTime_ThenChecksAgain()
    {
        (_github.SendETags, _github.Remaining) = (false, 0);
        _github.Push("ann", Utc(15, 9));
        var source = Source();
        var ct = TestContext.Current.CancellationToken;

        var spent = await source.CountAsync("ann", Berlin, Day, 1, 1, ct);
        var still = await source.CountAsync("ann", Berlin, Day, 1, 1, ct);
        _time.SetUtcNow(_github.Reset.AddSeconds(1));
        _github.Remaining = 60;
        var after = await source.CountAsync("ann", Berlin, Day, 1, 1, ct);

        Assert.Equal((ActivityOutcome.BudgetSpent, ActivityOutcome.BudgetSpent), (spent.Outcome, still.Outcome));
        Assert.Equal(ActivityOutcome.Counted, after.Outcome);
        Assert.Equal([403, 200], _github.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Token_IsSentAsABearerAuthorization()
    {
        _github.AddAccount("ann");

        await Source(token: "ghp_test").CountAsync("ann", Berlin, Day, 1, 1, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer ghp_test", _github.Requests.Single().Authorization);
    }
}
