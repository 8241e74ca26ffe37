using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Diagnostics;

namespace RoadmapBot.Core.Reminders.Pacing;

/// <summary>
/// A platform's outgoing queue: waits until a send keeps within the platform's limits (overall, per chat, per group),
/// then hands it to the platform sender; a 429 with a retry-after pauses that chat and is retried a few times.
/// </summary>
public sealed class PacedReminderSender(IReminderSender inner, PacingLimits limits, TimeProvider time, BotMetrics? metrics = null) : IReminderSender
{
    public const int MaxRetries = 3;

    // Chats idle for a minute are forgotten every this many sends, so the table stays as small as the recent traffic.
    private const int SweepEvery = 1024;

    private readonly Lock _gate = new();
    private readonly SendWindow _global = new(limits.PerSecond, TimeSpan.FromSeconds(1));
    private readonly Dictionary<ReminderChat, ChatState> _chats = [];
    private TaskCompletionSource _sendEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _taken;

    public ChatPlatform Platform => inner.Platform;

    public async Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct)
    {
        var chat = ReminderChat.Of(delivery);
        for (var attempt = 0; ; attempt++)
        {
            var slots = await TakeSlotsAsync(chat, ct);
            try
            {
                return await inner.SendAsync(delivery, ct);
            }
            catch (RetryAfterException e)
            {
                metrics?.PlatformRateLimited(inner.Platform);
                if (attempt == MaxRetries) return DeliveryOutcome.RetryLater;
                Pause(chat, e.RetryAfter);
            }
            finally
            {
                End(slots);
            }
        }
    }

    private async Task<SendWindow.Slot[]> TakeSlotsAsync(ReminderChat chat, CancellationToken ct)
    {
        while (true)
        {
            Task sendEnded;
            DateTimeOffset? until;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                var state = State(chat);
                var windows = state.Windows(_global);
                var free = windows.Select(w => w.FreeAt(now)).Append(state.PausedUntil ?? now).ToList();
                if (free.All(f => f <= now))
                {
                    SendWindow.Slot[] slots = [.. windows.Select(w => w.Take())];
                    // After taking, so the chat just used is never dropped with its slot in it.
                    if (++_taken % SweepEvery == 0) Sweep(now);
                    return slots;
                }
                sendEnded = _sendEnded.Task;
                until = free.Contains(null) ? null : free.Max();
            }
            await WaitAsync(sendEnded, until, ct);
        }
    }

    private async Task WaitAsync(Task sendEnded, DateTimeOffset? until, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // The clock is read again right before the timer is made: time that passed since the slots were looked at (a
        // thread switch, or a test's clock advanced) shortens the wait instead of making the timer fire that much late.
        var wait = until is { } at ? TimeSpan.FromTicks(Math.Max(0, (at - time.GetUtcNow()).Ticks)) : Timeout.InfiniteTimeSpan;
        await Task.WhenAny(Task.Delay(wait, time, stop.Token), sendEnded);
        await stop.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    private void End(SendWindow.Slot[] slots)
    {
        TaskCompletionSource ended;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var slot in slots) slot.EndedAt = now;
            ended = _sendEnded;
            _sendEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        ended.SetResult();
    }

    private void Pause(ReminderChat chat, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var state = State(chat);
            var until = time.GetUtcNow() + retryAfter;
            if (state.PausedUntil is not { } paused || paused < until) state.PausedUntil = until;
        }
    }

    private ChatState State(ReminderChat chat)
    {
        if (!_chats.TryGetValue(chat, out var state))
            _chats[chat] = state = new ChatState(limits, chat.IsGroup);
        return state;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (chat, state) in _chats.Where(c => c.Value.IsIdle(now)).ToList())
            _chats.Remove(chat);
    }

    private sealed class ChatState(PacingLimits limits, bool isGroup)
    {
        private readonly SendWindow? _chat = limits.PerChatPerSecond is { } perSecond ? new(perSecond, TimeSpan.FromSeconds(1)) : null;
        private readonly SendWindow? _group = isGroup && limits.PerGroupPerMinute is { } perMinute ? new(perMinute, TimeSpan.FromMinutes(1)) : null;

        public DateTimeOffset? PausedUntil { get; set; }

        public List<SendWindow> Windows(SendWindow global) => [global, .. new[] { _chat, _group }.OfType<SendWindow>()];

        public bool IsIdle(DateTimeOffset now)
        {
            _chat?.FreeAt(now);
            _group?.FreeAt(now);
            return (_chat?.IsIdle ?? true) && (_group?.IsIdle ?? true) && (PausedUntil is null || PausedUntil <= now);
        }
    }
}
