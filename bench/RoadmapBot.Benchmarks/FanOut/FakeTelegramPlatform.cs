using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Reminders;
using RoadmapBot.Core.Reminders.Pacing;

namespace RoadmapBot.Benchmarks.FanOut;

/// <summary>
/// Telegram as the harness sees it: accepts a message only within the limits (overall, per chat, per group), answers
/// anything over them with a 429 and its retry-after, and records every message it accepted.
/// </summary>
public sealed class FakeTelegramPlatform(PacingLimits limits, TimeProvider time) : IReminderSender
{
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Dictionary<ReminderChat, Queue<DateTimeOffset>> _chats = [];
    private readonly List<Received> _received = [];

    public ChatPlatform Platform => ChatPlatform.Telegram;
    public int TooManyRequests { get; private set; }

    public IReadOnlyList<Received> Snapshot()
    {
        lock (_gate) return [.. _received];
    }

    public int Count
    {
        get { lock (_gate) return _received.Count; }
    }

    public Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        var chat = ReminderChat.Of(delivery);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var history = _chats.TryGetValue(chat, out var h) ? h : _chats[chat] = new Queue<DateTimeOffset>();
            Forget(_global, now - TimeSpan.FromSeconds(1));
            Forget(history, now - TimeSpan.FromMinutes(1));
            var waits = new[]
            {
                Over(_global, limits.PerSecond, TimeSpan.FromSeconds(1), now),
                Over(history, limits.PerChatPerSecond, TimeSpan.FromSeconds(1), now),
                chat.IsGroup ? Over(history, limits.PerGroupPerMinute, TimeSpan.FromMinutes(1), now) : TimeSpan.Zero,
            };
            if (waits.Max() is var retryAfter && retryAfter > TimeSpan.Zero)
            {
                TooManyRequests++;
                throw new RetryAfterException(retryAfter, $"429 Too Many Requests for {chat.Id}: retry after {retryAfter.TotalSeconds:0.###} s");
            }
            _global.Enqueue(now);
            history.Enqueue(now);
            _received.Add(new Received(chat.Id, delivery.Entry.Key, now));
            // The platform's own memory of a chat lasts its longest window.
            if (_received.Count % 1000 == 0)
                foreach (var idle in _chats.Where(c => c.Value.All(at => at <= now - TimeSpan.FromMinutes(1))).Select(c => c.Key).ToList())
                    _chats.Remove(idle);
        }
        return Task.FromResult(DeliveryOutcome.Sent);
    }

    private static void Forget(Queue<DateTimeOffset> accepted, DateTimeOffset before)
    {
        while (accepted.TryPeek(out var at) && at <= before) accepted.Dequeue();
    }

    // How long until one more message fits: zero when fewer than the limit were accepted in the window ending now.
    private static TimeSpan Over(Queue<DateTimeOffset> accepted, int? limit, TimeSpan window, DateTimeOffset now)
    {
        if (limit is not { } max) return TimeSpan.Zero;
        var inWindow = accepted.Where(at => at > now - window).ToList();
        return inWindow.Count < max ? TimeSpan.Zero : inWindow[^max] + window - now;
    }

    public sealed record Received(string Chat, string Key, DateTimeOffset At);
}
