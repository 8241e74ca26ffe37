using Microsoft.Extensions.Time.Testing;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;
using static RoadmapBot.Core.Tests.Reminders.Pacing.PacingDeliveries;

namespace RoadmapBot.Core.Tests.Reminders.Pacing;

public sealed class PacedReminderSenderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);

    // The limits the adapters give (TelegramPacing, DiscordPacing), written out: Core names no platform.
    private static readonly PacingLimits TelegramLimits = new(30, 1, 20);
    private static readonly PacingLimits DiscordLimits = new(50, null, null);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly ClockedSender _platform;
    private readonly PacedReminderSender _paced;

    public PacedReminderSenderTests()
    {
        _platform = new ClockedSender(_time);
        _paced = new PacedReminderSender(_platform, TelegramLimits, _time);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_WhenThirtyWentOutThisSecond_WaitsForTheSecondToPass()
    {
        for (var i = 0; i < 30; i++)
            Assert.Equal(DeliveryOutcome.Sent, await _paced.SendAsync(ToPrivateChat($"user-{i}"), Ct));

        var thirtyFirst = _paced.SendAsync(ToPrivateChat("user-30"), Ct);
        _time.Advance(TimeSpan.FromSeconds(1) - Ms);
        Assert.False(thirtyFirst.IsCompleted);
        _time.Advance(Ms);

        Assert.Equal(DeliveryOutcome.Sent, await thirtyFirst.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.Equal(Enumerable.Repeat(Start, 30).Append(Start.AddSeconds(1)), _platform.Sent.Select(s => s.At));
    }

    [Fact]
    public async Task Send_ToTheSameChatTwiceInASecond_WaitsWhileOtherChatsGoOnAtOnce()
    {
        await _paced.SendAsync(ToPrivateChat("ann"), Ct);

        var again = _paced.SendAsync(ToPrivateChat("ann"), Ct);
        Assert.Equal(DeliveryOutcome.Sent, await _paced.SendAsync(ToPrivateChat("bob"), Ct));
        _time.Advance(TimeSpan.FromSeconds(1) - Ms);
        Assert.False(again.IsCompleted);
        _time.Advance(Ms);

        await again.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal([("ann", Start), ("bob", Start), ("ann", Start.AddSeconds(1))], _platform.Sent);
    }

    [Fact]
    public async Task Send_WhenAGroupGotTwentyThisMinute_WaitsForTheMinuteToPass()
    {
        for (var i = 0; i < 20; i++)
        {
            await _paced.SendAsync(i % 2 == 0 ? ToGroup($"user-{i}") : Digest(), Ct);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var twentyFirst = _paced.SendAsync(ToGroup("user-20"), Ct);
        Assert.Equal(DeliveryOutcome.Sent, await _paced.SendAsync(ToGroup("user-20", "group-2"), Ct));
        _time.Advance(TimeSpan.FromSeconds(40) - Ms);
        Assert.False(twentyFirst.IsCompleted);
        _time.Advance(Ms);

        await twentyFirst.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal(("group-1", Start.AddMinutes(1)), _platform.Sent[^1]);
        Assert.Equal(20, _platform.Sent.Count(s => s.Chat == "group-1" && s.At < Start.AddMinutes(1)));
    }

    [Fact]
    public async Task Send_ToPrivateChatsOfGroupMembers_IsNotCountedAgainstTheGroup()
    {
        for (var i = 0; i < 20; i++)
        {
            await _paced.SendAsync(ToGroup($"user-{i}"), Ct);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(_paced.SendAsync(ToPrivateChat("user-0"), Ct).IsCompleted);
        Assert.False(_paced.SendAsync(ToGroup("user-0"), Ct).IsCompleted);
    }

    [Fact]
    public async Task Send_WhenThePlatformAnswersRetryAfter_PausesTheChatThatLongThenSends()
    {
        _platform.TooManyRequests = 1;

        var send = _paced.SendAsync(ToPrivateChat("ann"), Ct);
        _time.Advance(TimeSpan.FromSeconds(5) - Ms);
        Assert.False(send.IsCompleted);
        _time.Advance(Ms);

        Assert.Equal(DeliveryOutcome.Sent, await send.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.Equal(2, _platform.Calls);
        Assert.Equal([("ann", Start.AddSeconds(5))], _platform.Sent);
    }

    [Fact]
    public async Task Send_WhenThePlatformKeepsAnsweringRetryAfter_GivesUpAsRetryLater()
    {
        _platform.TooManyRequests = int.MaxValue;
        _platform.RetryAfter = TimeSpan.FromSeconds(2);

        var send = _paced.SendAsync(ToPrivateChat("ann"), Ct);
        for (var i = 0; i < PacedReminderSender.MaxRetries && !send.IsCompleted; i++)
        {
            await WhenCalledAsync(i + 1);
            _time.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.Equal(DeliveryOutcome.RetryLater, await send.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.Equal(PacedReminderSender.MaxRetries + 1, _platform.Calls);
        Assert.Empty(_platform.Sent);
    }

    [Fact]
    public async Task Send_WithDiscordLimits_AllowsFiftyASecondToOneChat()
    {
        var paced = new PacedReminderSender(_platform, DiscordLimits, _time);
        for (var i = 0; i < 50; i++)
            await paced.SendAsync(ToPrivateChat("ann"), Ct);

        var fiftyFirst = paced.SendAsync(ToPrivateChat("ann"), Ct);
        Assert.False(fiftyFirst.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal(Start.AddSeconds(1), _platform.Sent[^1].At);
    }

    [Fact]
    public async Task Send_ManyAtOnceToMixedChats_NeverExceedsAnyLimit()
    {
        var sends = Enumerable.Range(0, 200).Select(i => i % 4 == 0 ? ToGroup($"user-{i}", $"group-{i % 3}") : ToPrivateChat($"user-{i % 40}"))
            .Select(d => _paced.SendAsync(d, Ct)).ToList();
        var all = Task.WhenAll(sends);
        for (var step = 0; step < 2_000 && !all.IsCompleted; step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            // Woken senders continue on the thread pool: give them a real moment before the clock moves on.
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, Ct));
        }

        Assert.All(await all.WaitAsync(TimeSpan.FromSeconds(30), Ct), o => Assert.Equal(DeliveryOutcome.Sent, o));
        var sent = _platform.Sent.ToList();
        Assert.All(sent, s => Assert.True(sent.Count(o => o.At > s.At.AddSeconds(-1) && o.At <= s.At) <= 30));
        Assert.All(sent, s => Assert.True(sent.Count(o => o.Chat == s.Chat && o.At > s.At.AddSeconds(-1) && o.At <= s.At) <= 1));
        Assert.All(sent.Where(s => s.Chat.StartsWith("group-", StringComparison.Ordinal)),
            s => Assert.True(sent.Count(o => o.Chat == s.Chat && o.At > s.At.AddMinutes(-1) && o.At <= s.At) <= 20));
    }

    // The retry runs on the thread pool once its pause has passed; wait until it has reached the platform. Bounded by
    // real time, not a count of yields: a busy machine (other tests rendering charts) can take many yields to get there.
    private async Task WhenCalledAsync(int calls)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (_platform.Calls < calls && DateTime.UtcNow < until)
            await Task.Delay(Ms, TimeProvider.System, Ct);
    }
}
