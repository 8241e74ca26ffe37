using RoadmapBot.Telegram.Updates;
using Telegram.Bot.Types;

namespace RoadmapBot.Telegram.Polling;

/// <summary>
/// Which updates are in flight: each chat's updates run one after another, different chats at once, at most
/// <see cref="MaxInFlight"/> together. The watermark is the last id below which everything received is done: only
/// that much is confirmed to Telegram and stored, so an update a crash interrupts comes again.
/// </summary>
public sealed class UpdateLanes(long watermark)
{
    public const int MaxInFlight = 16;

    private readonly Lock _gate = new();
    private readonly SortedSet<long> _running = [];
    private readonly Dictionary<long, (Task Tail, int Count)> _chats = [];
    private readonly SemaphoreSlim _slots = new(MaxInFlight, MaxInFlight);
    private long _received = watermark;
    private TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Watermark
    {
        get { lock (_gate) return _running.Count > 0 ? _running.Min - 1 : _received; }
    }

    /// <summary>Completes when any running update finishes: what the poll loop waits for when Telegram had nothing new.</summary>
    public Task AnyFinished
    {
        get { lock (_gate) return _finished.Task; }
    }

    /// <summary>True for an update this process has not seen yet; Telegram sends running ones again until they are confirmed.</summary>
    public bool IsNew(Update update)
    {
        lock (_gate) return update.Id > _received;
    }

    /// <summary>Starts <paramref name="handle"/> after the chat's earlier updates, once a slot is free (waiting here bounds the work).</summary>
    public async Task StartAsync(Update update, Func<Update, Task> handle, Func<long, Task> onWatermark, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        var chat = UpdateChat.Of(update);
        lock (_gate)
        {
            _received = Math.Max(_received, update.Id);
            _running.Add(update.Id);
            var (previous, count) = _chats.GetValueOrDefault(chat, (Task.CompletedTask, 0));
            _chats[chat] = (RunAsync(chat, previous, update, handle, onWatermark), count + 1);
        }
    }

    /// <summary>Waits for everything started so far, e.g. on shutdown.</summary>
    public Task DrainAsync()
    {
        lock (_gate) return Task.WhenAll(_chats.Values.Select(c => c.Tail));
    }

    private async Task RunAsync(long chat, Task previous, Update update, Func<Update, Task> handle, Func<long, Task> onWatermark)
    {
        long mark;
        TaskCompletionSource finished;
        var handled = false;
        try
        {
            // The chat's earlier update failing is its own business: this one still runs after it.
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await handle(update);
            handled = true;
        }
        finally
        {
            lock (_gate)
            {
                // One cut short (the app stopping) stays below the watermark, so it is neither confirmed nor stored.
                if (handled) _running.Remove(update.Id);
                mark = _running.Count > 0 ? _running.Min - 1 : _received;
                (finished, _finished) = (_finished, new(TaskCreationOptions.RunContinuationsAsynchronously));
                var (tail, count) = _chats[chat];
                if (count == 1) _chats.Remove(chat);  // the chat's last one: nothing waits on it, its entry goes
                else _chats[chat] = (tail, count - 1);
            }
            _slots.Release();
            finished.TrySetResult();
        }
        await onWatermark(mark);
    }
}
