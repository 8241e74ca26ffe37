using RoadmapBot.Core.Data;

namespace RoadmapBot.Benchmarks.FanOut;

/// <summary>What one fan-out run delivered, how fast, and what it cost in memory.</summary>
public sealed record FanOutReport
{
    public required int Members { get; init; }

    /// <summary>The outbox keys the 08:00:01 tick was responsible for.</summary>
    public required List<string> Expected { get; init; }
    public required Dictionary<OutboxState, int> States { get; init; }
    public required IReadOnlyList<FakeTelegramPlatform.Received> Received { get; init; }
    public required int TooManyRequests { get; init; }
    public required DateTimeOffset TickAt { get; init; }
    public required TimeSpan TickTime { get; init; }
    public required TimeSpan ContentTime { get; init; }
    public required TimeSpan SendTime { get; init; }
    public required int AllowedPerSecond { get; init; }
    public required List<Sample> Memory { get; init; }

    public int Duplicates => Received.Count - Received.Select(r => r.Key).Distinct().Count();
    public int Missing => Expected.Except(Received.Select(r => r.Key)).Count();
    public TimeSpan FirstSendAfter => Received.Count == 0 ? TimeSpan.Zero : Received.Min(r => r.At) - TickAt;
    public TimeSpan Span => Received.Count == 0 ? TimeSpan.Zero : Received.Max(r => r.At) - Received.Min(r => r.At);

    /// <summary>Messages per second over the whole one-second buckets from the first send: the rate the queue kept up.</summary>
    public double SustainedPerSecond
    {
        get
        {
            var buckets = (int)Math.Floor(Span.TotalSeconds);
            if (buckets == 0) return Received.Count;
            var first = Received.Min(r => r.At);
            return Received.Count(r => r.At < first.AddSeconds(buckets)) / (double)buckets;
        }
    }

    /// <summary>The slowest whole second of the run: a stall in the loop shows here, not in the average.</summary>
    public int SlowestSecond
    {
        get
        {
            var buckets = (int)Math.Floor(Span.TotalSeconds);
            if (buckets == 0) return Received.Count;
            var first = Received.Min(r => r.At);
            var counts = Received.Where(r => r.At < first.AddSeconds(buckets)).CountBy(r => (int)((r.At - first).TotalSeconds)).ToDictionary();
            return Enumerable.Range(0, buckets).Min(b => counts.GetValueOrDefault(b));
        }
    }

    public double RateShare => SustainedPerSecond / AllowedPerSecond;

    public void Print(TextWriter o)
    {
        var sent = Math.Max(Received.Count, 1);
        o.WriteLine($"Members                {Members:N0} ({Members / FanOutHarness.MembersPerSpace:N0} group spaces)");
        o.WriteLine($"Due at 08:00           {Expected.Count:N0}  outbox: {string.Join(", ", States.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value:N0}"))}");
        o.WriteLine($"Delivered              {Received.Count:N0}");
        o.WriteLine($"Duplicates             {Duplicates}");
        o.WriteLine($"Missing                {Missing}");
        o.WriteLine($"429s from the platform {TooManyRequests}");
        o.WriteLine($"Tick at {TickAt.ToOffset(TimeSpan.FromHours(2)):HH:mm:ss.f}, total   {TickTime.TotalSeconds:N1} s (first send {FirstSendAfter.TotalSeconds:N2} s after the tick began, last after {(FirstSendAfter + Span).TotalSeconds:N1} s)");
        o.WriteLine($"Sustained rate         {SustainedPerSecond:N2}/s = {RateShare:P1} of {AllowedPerSecond}/s (slowest whole second: {SlowestSecond})");
        o.WriteLine($"Per message            content {ContentTime.TotalMilliseconds / sent:N2} ms, paced send {SendTime.TotalMilliseconds / sent:N2} ms (mostly waiting for a slot), " +
            $"rest of the tick {(TickTime - ContentTime - SendTime).TotalMilliseconds / sent:N2} ms");
        o.WriteLine($"GC heap                min {Memory.Min(m => m.HeapBytes) / 1e6:N1} MB, max {Memory.Max(m => m.HeapBytes) / 1e6:N1} MB ({Memory.Count} samples, every 2 s)");
        o.WriteLine($"Working set            min {Memory.Min(m => m.WorkingSetBytes) / 1e6:N1} MB, max {Memory.Max(m => m.WorkingSetBytes) / 1e6:N1} MB");
        var quarters = Enumerable.Range(0, 5).Select(q => Memory[Math.Min(Memory.Count - 1, q * (Memory.Count - 1) / 4)]);
        o.WriteLine($"Heap over the run      {string.Join(" → ", quarters.Select(m => $"{m.HeapBytes / 1e6:N0} MB @{m.At.TotalSeconds:N0}s"))}");
    }

    public sealed record Sample(TimeSpan At, long HeapBytes, long WorkingSetBytes);
}
