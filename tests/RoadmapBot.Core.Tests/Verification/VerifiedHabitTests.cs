using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Tests.Commands;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Verification;

/// <summary>/verify and the evening check-in on seed 000 (its "1 commit" habit), against a fake GitHub; today is Thu 15 Jan 2026 (UTC).</summary>
public sealed class VerifiedHabitTests : IAsyncLifetime
{
    private FakeGitHub _github = null!;
    private TestBot _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _github = await FakeGitHub.StartAsync();
        _bot = await TestBot.StartAsync(new Dictionary<string, string?> { ["RoadmapBot:GitHub:ApiUrl"] = _github.ApiUrl });
        await MessageBench.ImportSeedAsync(_bot, "000");
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _github.DisposeAsync();
    }

    private Task<ChatReply?> CheckinAsync() =>
        MessageBench.BuildAsync(_bot, ReminderKind.Checkin, "2026-01-15T20:00", content: _bot.Get<IReminderContent>());

    [Fact]
    public async Task Verify_TiesTheHabit_AndSaysTodaysCommitsSoFar()
    {
        _github.Push("ann", new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero), size: 2);

        var reply = await _bot.SendAsync("/verify commits github ann");

        Assert.StartsWith("Your commits habit now checks itself from GitHub account “ann”", reply);
        Assert.Contains("Today so far: 2 commits.", reply);
        Assert.Equal("Your commits habit checks itself from github account “ann”. /verify off unties it.", await _bot.SendAsync("/verify"));
    }

    [Fact]
    public async Task Checkin_AfterAPush_TicksTheHabitFirst_AndSaysPushedToGitHub()
    {
        _github.AddAccount("ann");
        await _bot.SendAsync("/verify commits github ann");
        _github.Push("ann", new DateTimeOffset(2026, 1, 15, 18, 0, 0, TimeSpan.Zero), size: 3);

        var reply = await CheckinAsync();

        var text = reply!.ToPlainText();
        Assert.Contains("✅ pushed to GitHub today", text);
        Assert.Contains("Still open today (4/5)", text);
        Assert.DoesNotContain(reply.Buttons, b => b.Command.StartsWith("/log commits", StringComparison.Ordinal));
        await using var db = _bot.Db();
        var log = await db.MetricLogs.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("commits", 3.0, "verified by github"), (log.Metric, log.Amount, log.Note));
    }

    [Fact]
    public async Task Checkin_WhenThePushMetTheLastOpenHabit_IsNotSent()
    {
        _github.AddAccount("ann");
        await _bot.SendAsync("/verify commits github ann");
        await _bot.SendAsync("/log sql 4 project 2h reading 30m");
        await _bot.SendAsync("/check update");
        _github.Push("ann", new DateTimeOffset(2026, 1, 15, 18, 0, 0, TimeSpan.Zero));

        Assert.Null(await CheckinAsync());
    }

    [Fact]
    public async Task Checkin_WhenTheBudgetIsSpent_FallsBackToManualAndSaysSo()
    {
        _github.Push("ann", new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
        await _bot.SendAsync("/verify commits github ann");
        (_github.SendETags, _github.Remaining) = (false, 0);

        var reply = await CheckinAsync();

        var text = reply!.ToPlainText();
        Assert.Contains("GitHub's hourly request limit is spent, so tick commits by hand today.", text);
        Assert.Contains("Still open today (5/5)", text);
        Assert.Contains(reply.Buttons, b => b.Command == "/log commits 1");
    }

    [Fact]
    public async Task Verify_AnUnknownAccount_ChangesNothing_AndAPrivateOneIsWarnedAbout()
    {
        _github.AddAccount("quiet");

        Assert.Equal("GitHub has no account called “ghost”; nothing changed.", await _bot.SendAsync("/verify commits github ghost"));
        Assert.StartsWith("Use /verify", await _bot.SendAsync("/verify"));
        Assert.Contains("GitHub shows no public events for “quiet” yet", await _bot.SendAsync("/verify commits github quiet"));
    }

    [Fact]
    public async Task Verify_BadInput_IsOneFriendlyLine()
    {
        Assert.StartsWith("I can check habits against GitHub only", await _bot.SendAsync("/verify commits gitlab ann"));
        Assert.StartsWith("“-ann-” is not a GitHub user name", await _bot.SendAsync("/verify commits github -ann-"));
        Assert.StartsWith("“dance” is not one of your daily habits", await _bot.SendAsync("/verify dance github ann"));
        Assert.Empty(_github.Requests);
    }

    [Fact]
    public async Task VerifyOff_UntiesIt_AndUndoTiesItAgain()
    {
        _github.AddAccount("ann");
        await _bot.SendAsync("/verify commits github ann");

        Assert.Equal("Your commits habit is ticked by hand again.", await _bot.SendAsync("/verify off"));
        Assert.Equal("None of your habits checks itself yet.", await _bot.SendAsync("/verify off"));
        await _bot.SendAsync("/undo");
        Assert.StartsWith("Your commits habit checks itself", await _bot.SendAsync("/verify"));
    }

    [Fact]
    public async Task VerifyOff_LeavesNoVerifiedEntry_SoTheMemberNoLongerSharesTheBudget()
    {
        _github.AddAccount("ann");
        await _bot.SendAsync("/verify commits github ann");

        await _bot.SendAsync("/verify off");

        Assert.DoesNotContain("\"verified\"", (await _bot.MemberAsync("me")).Settings);
    }
}
