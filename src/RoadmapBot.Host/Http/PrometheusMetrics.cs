using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Prometheus;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Diagnostics;

namespace RoadmapBot.Host.Http;

/// <summary>
/// The registry /metrics serves: our meter's measurements as Prometheus counters and a histogram (prometheus-net's own
/// meter adapter would turn counters into gauges), the outbox's rows counted at each scrape, and .NET's process figures.
/// </summary>
public sealed class PrometheusMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Counter _commands;
    private readonly Histogram _commandSeconds;
    private readonly Counter _reminders;
    private readonly Counter _rateLimited;
    private readonly Gauge _outbox;

    public PrometheusMetrics(BotMetrics bot, IDbContextFactory<RoadmapDbContext> contexts)
    {
        DotNetStats.Register(Registry);
        var metrics = Metrics.WithCustomRegistry(Registry);
        _commands = metrics.CreateCounter("roadmapbot_commands_total", "Chat commands handled, by verb", ["verb"]);
        _commandSeconds = metrics.CreateHistogram("roadmapbot_command_duration_seconds", "Time from a chat message to its reply, by verb", ["verb"],
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.002, 2, 14) });  // 2 ms to 16 s
        _reminders = metrics.CreateCounter("roadmapbot_reminders_total", "Reminders finished: outcome sent, skipped, failed or retry; late yes or no", ["outcome", "late"]);
        _rateLimited = metrics.CreateCounter("roadmapbot_platform_rate_limited_total", "429 Too Many Requests answers, by platform", ["platform"]);
        _outbox = metrics.CreateGauge("roadmapbot_outbox_rows", "Outbox rows waiting (pending) and being sent (sending), in the whole database", ["state"]);
        foreach (var platform in new[] { "telegram", "discord" }) _rateLimited.WithLabels(platform);
        Registry.AddBeforeCollectCallback(ct => CountOutboxAsync(contexts, ct));

        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == bot.Meter) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>(OnCount);
        _listener.SetMeasurementEventCallback<double>(OnValue);
        _listener.Start();
    }

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    public void Dispose() => _listener.Dispose();

    private void OnCount(Instrument instrument, long count, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var counter = instrument.Name switch
        {
            BotMetrics.Commands => _commands.WithLabels(Tag(tags, "verb")),
            BotMetrics.Reminders => _reminders.WithLabels(Tag(tags, "outcome"), Tag(tags, "late")),
            BotMetrics.RateLimited => _rateLimited.WithLabels(Tag(tags, "platform")),
            _ => null,
        };
        counter?.Inc(count);
    }

    private void OnValue(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Name == BotMetrics.CommandDuration) _commandSeconds.WithLabels(Tag(tags, "verb")).Observe(value);
    }

    private async Task CountOutboxAsync(IDbContextFactory<RoadmapDbContext> contexts, CancellationToken ct)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var counts = await db.Outbox.Where(o => o.State == OutboxState.Pending || o.State == OutboxState.Sending)
                .GroupBy(o => o.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
            _outbox.WithLabels("pending").Set(counts.FirstOrDefault(c => c.State == OutboxState.Pending)?.Count ?? 0);
            _outbox.WithLabels("sending").Set(counts.FirstOrDefault(c => c.State == OutboxState.Sending)?.Count ?? 0);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // The database is down: the other figures are still served, /readyz says what is wrong.
        }
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
            if (tag.Key == key) return tag.Value?.ToString() ?? "";
        return "";
    }
}
