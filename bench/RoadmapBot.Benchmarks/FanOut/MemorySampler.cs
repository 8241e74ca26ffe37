using System.Diagnostics;

namespace RoadmapBot.Benchmarks.FanOut;

/// <summary>Samples the GC heap and the working set every few seconds while a run lasts.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public MemorySampler(TimeSpan every)
    {
        Sample();
        _sampling = RunAsync(every, _stop.Token);
    }

    public List<(TimeSpan At, long HeapBytes, long WorkingSetBytes)> Samples { get; } = [];

    private readonly long _started = Stopwatch.GetTimestamp();

    private async Task RunAsync(TimeSpan every, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                Sample();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Sample()
    {
        lock (Samples) Samples.Add((Stopwatch.GetElapsedTime(_started), GC.GetTotalMemory(false), Environment.WorkingSet));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Sample();
        _stop.Dispose();
    }
}
