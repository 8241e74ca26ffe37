using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// /share METRIC on|off: which of the member's metrics the group sees (all, unless they say otherwise); /share alone
/// lists the shared ones. A private metric stays out of /board, the digest, /progress, /week, /today and /streak in
/// the group, while the member's own reminders in private still show it.
/// </summary>
public sealed class ShareCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (!context.Space.IsGroup)
            return ChatReply.Text("Only you see your numbers in this private chat. In a group, ", Span.Code("/share METRIC off"), " keeps a metric from the others.");
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var memberId = context.Member.Id;
        var logged = await context.Db.MetricLogs.Where(l => l.MemberId == memberId).Select(l => l.Metric).Distinct().ToListAsync(context.CancellationToken);
        var metrics = Metrics.Shareable(view, logged);
        var settings = AccountabilitySettings.Parse(context.Member.Settings);
        var words = context.Words;
        if (words.Length == 0)
            return List(metrics, settings);
        var on = words[^1].ToLowerInvariant() switch { "on" => true, "off" => false, _ => (bool?)null };
        var name = string.Join(' ', words[..^1]);
        if (on is null || name.Length == 0)
            return Replies.Usage("share");
        if (name.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            await AccountabilitySettingsWriter.SaveAsync(context, s => s with { PrivateMetrics = [], HidesAll = !on.Value });
            return ChatReply.Text(on.Value ? "👀 The group sees all your metrics." : "🔒 All your metrics are private: the group sees items and streaks only.");
        }
        if (Metrics.Resolve(name, metrics) is not { } metric)
            return ChatReply.Text($"There is no metric {Echo.Quote(name)}. Metrics: {string.Join(", ", metrics.Select(m => m.Key))}.");
        var key = Metrics.Normalize(metric.Key);
        if (settings.Hides(key) != on.Value)
            return ChatReply.Text(on.Value ? $"{metric.Key} is already shared with the group." : $"{metric.Key} is already private.");
        // Sharing one metric after "all off" keeps every other one private, by name.
        var hidden = settings.HidesAll ? metrics.Select(m => Metrics.Normalize(m.Key)).ToList() : settings.PrivateMetrics;
        await AccountabilitySettingsWriter.SaveAsync(context, s => s with
        {
            HidesAll = false,
            PrivateMetrics = on.Value ? [.. hidden.Where(k => k != key)] : [.. hidden, key],
        });
        return on.Value
            ? ChatReply.Text($"👀 {metric.Key} is shared with the group again.")
            : ChatReply.Text($"🔒 {metric.Key} is private: the group no longer sees it on /board, in the digest, /progress, /week, /today or /streak. Your reminders in private still show it.");
    }

    private static ChatReply List(IReadOnlyList<MetricInfo> metrics, AccountabilitySettings settings)
    {
        var shared = metrics.Where(m => !settings.Hides(m.Key)).Select(m => m.Key).ToList();
        var kept = metrics.Count - shared.Count;
        // Even the names of the private ones stay out of the group.
        return ChatReply.Text(shared.Count == 0 ? "The group sees none of your metrics" : $"The group sees: {string.Join(", ", shared)}",
            kept == 0 ? "." : $"; {kept} more {(kept == 1 ? "is" : "are")} private.", " Change one with ", Span.Code("/share METRIC on|off"), ".");
    }
}
