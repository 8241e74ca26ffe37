namespace RoadmapBot.Discord.Tests.Fakes;

/// <summary>A thread-safe list that tests can wait on: WaitForAsync returns the first item (past or future) matching, or fails after a bound.</summary>
public sealed class EventLog<T>
{
    private readonly Lock _lock = new();
    private readonly List<T> _items = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Done)> _waiters = [];

    public IReadOnlyList<T> Items
    {
        get { lock (_lock) return [.. _items]; }
    }

    public void Add(T item)
    {
        List<TaskCompletionSource<T>> done = [];
        lock (_lock)
        {
            _items.Add(item);
            foreach (var waiter in _waiters.Where(w => w.Match(item)).ToList())
            {
                _waiters.Remove(waiter);
                done.Add(waiter.Done);
            }
        }
        foreach (var tcs in done) tcs.TrySetResult(item);
    }

    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var tcs = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            foreach (var item in _items)
                if (match(item)) return item;
            _waiters.Add((match, tcs));
        }
        try
        {
            return await tcs.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching {typeof(T).Name} within {timeout ?? TimeSpan.FromSeconds(10)}; had {Items.Count}.");
        }
    }
}
