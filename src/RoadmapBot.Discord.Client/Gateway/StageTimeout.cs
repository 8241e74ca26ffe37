namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>
/// A token cancelled by the caller's token or when the stage's time runs out on the TimeProvider. Disposing it disposes
/// the timer too: a timer left to fire on a disposed source starved the thread pool once.
/// </summary>
internal sealed class StageTimeout : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    public StageTimeout(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        _timeout = new CancellationTokenSource(timeout, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _timeout.Token);
    }

    public CancellationToken Token => _linked.Token;

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}
