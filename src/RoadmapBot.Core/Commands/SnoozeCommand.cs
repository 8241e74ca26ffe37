using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Commands;

/// <summary>/snooze [1h|30m|2h30m]: the last reminder sent to the member, again after that long; /snooze off cancels.</summary>
public sealed partial class SnoozeCommand : IChatCommand
{
    private static readonly TimeSpan Shortest = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var text = context.Arguments.ToLowerInvariant();
        if (text is "off" or "cancel")
        {
            await ReminderSettingsWriter.SaveAsync(context, s => s with { SnoozedUntil = null, SnoozedKind = null, SnoozedKey = null }, schedule: false);
            return ChatReply.Text("Snooze cancelled.");
        }
        if ((text.Length == 0 ? TimeSpan.FromHours(1) : Duration(text)) is not { } delay || delay < Shortest || delay > Longest)
            return ChatReply.Text("Use /snooze 1h, /snooze 30m or /snooze 2h30m (5 minutes to 24 hours).");
        var last = await context.Db.Outbox.AsNoTracking()
            .Where(o => o.MemberId == context.Member.Id && o.State == OutboxState.Sent)
            .OrderByDescending(o => o.SentAt).FirstOrDefaultAsync(context.CancellationToken);
        if (last is null)
            return ChatReply.Text("There's nothing to snooze yet: I haven't sent you a reminder. See what's coming with /remind.");
        var until = context.Now + delay;
        await ReminderSettingsWriter.SaveAsync(context,
            s => s with { SnoozedUntil = until, SnoozedKind = last.Kind, SnoozedKey = last.Key }, schedule: false);
        return ChatReply.Text($"😴 I'll send your {ReminderNames.Show(last.Kind)} again at {ReminderNames.When(until, context.Zone)}.");
    }

    /// <summary>"1h", "30m", "2h30m", "90 min", "1 hour": null when it is not a duration.</summary>
    private static TimeSpan? Duration(string text)
    {
        var match = DurationPattern().Match(text.Replace(" ", ""));
        if (!match.Success || match.Groups["h"].Length + match.Groups["m"].Length == 0)
            return null;
        var hours = match.Groups["h"].Success ? double.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,2}(?:\.\d+)?)(?:h|hr|hrs|hour|hours))?(?:(?<m>\d{1,4})(?:m|min|mins|minute|minutes)?)?$")]
    private static partial Regex DurationPattern();
}
