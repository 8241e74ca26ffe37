namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>At most 110 gateway sends per 60 s (Discord disconnects at 120): a sliding window over the send times.</summary>
internal sealed class GatewaySendLimiter(TimeProvider time)
{
    private const int Limit = 110;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    public async Task WaitAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window) _sent.Dequeue();
                if (_sent.Count < Limit)
                {
                    _sent.Enqueue(now);
                    return;
                }
                wait = _sent.Peek() + Window - now;
            }
            await Task.Delay(wait, time, ct);
        }
    }
}
