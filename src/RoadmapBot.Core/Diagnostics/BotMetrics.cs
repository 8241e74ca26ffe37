using System.Diagnostics.Metrics;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Diagnostics;

/// <summary>
/// What the bot counts, as .NET instruments on a meter of its own: commands by verb and their latency, reminders by outcome,
/// platform 429s. Core knows no metrics library; the host exports these (Prometheus text on /metrics).
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "RoadmapBot";
    public const string Commands = "roadmapbot.commands";
    public const string CommandDuration = "roadmapbot.command.duration";
    public const string Reminders = "roadmapbot.reminders";
    public const string RateLimited = "roadmapbot.platform.rate_limited";

    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commandSeconds;
    private readonly Counter<long> _reminders;
    private readonly Counter<long> _rateLimited;

    public BotMetrics()
    {
        _commands = Meter.CreateCounter<long>(Commands, description: "Chat commands handled, by verb");
        _commandSeconds = Meter.CreateHistogram<double>(CommandDuration, "s", "Time from a chat message to its reply, by verb");
        _reminders = Meter.CreateCounter<long>(Reminders, description: "Reminders finished, by outcome (sent, skipped, failed, retry) and lateness");
        _rateLimited = Meter.CreateCounter<long>(RateLimited, description: "429 Too Many Requests answers from a platform");
    }

    /// <summary>One meter per instance, so each host (and each test) reads only its own measurements.</summary>
    public Meter Meter { get; } = new(MeterName);

    public void CommandHandled(string verb, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("verb", verb);
        _commands.Add(1, tag);
        _commandSeconds.Record(elapsed.TotalSeconds, tag);
    }

    public void ReminderFinished(OutboxEntry entry) =>
        _reminders.Add(1, new("outcome", Outcome(entry.State)), new("late", entry.Late ? "yes" : "no"));

    public void PlatformRateLimited(ChatPlatform platform) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform.ToString().ToLowerInvariant()));

    public void Dispose() => Meter.Dispose();

    /// <summary>A finished row's outcome, as counted and as logged; a row still pending after a send was tried is waiting for another attempt.</summary>
    public static string Outcome(OutboxState state) => state switch
    {
        OutboxState.Sent => "sent",
        OutboxState.Skipped => "skipped",
        OutboxState.Failed => "failed",
        _ => "retry",
    };
}
