using System.Diagnostics;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Benchmarks.FanOut;

/// <summary>Adds up the time spent inside one part of the delivery loop, to show where a message's time goes.</summary>
public sealed class Stage
{
    private long _ticks;
    private int _calls;

    public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));
    public int Calls => _calls;

    public async Task<T> TimeAsync<T>(Func<Task<T>> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(started).Ticks);
            Interlocked.Increment(ref _calls);
        }
    }
}

/// <summary>The real reminder text, timed.</summary>
public sealed class TimedContent(IReminderContent inner, Stage stage) : IReminderContent
{
    public Task<ChatReply?> BuildAsync(RoadmapDbContext db, ReminderRecipient recipient, OutboxEntry entry, DateTimeOffset now, CancellationToken ct) =>
        stage.TimeAsync(() => inner.BuildAsync(db, recipient, entry, now, ct));
}

/// <summary>A sender, timed: for the paced sender that is mostly the wait for a free slot.</summary>
public sealed class TimedSender(IReminderSender inner, Stage stage) : IReminderSender
{
    public ChatPlatform Platform => inner.Platform;

    public Task<DeliveryOutcome> SendAsync(ReminderDelivery delivery, CancellationToken ct) => stage.TimeAsync(() => inner.SendAsync(delivery, ct));
}
