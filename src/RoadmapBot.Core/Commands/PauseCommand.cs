using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>/pause until DATE or /pause N days|weeks: no personal reminders until the end of that day (they are skipped).</summary>
public sealed class PauseCommand : IChatCommand
{
    private const int MaxDays = 366;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var today = context.Today;
        if (Until(context.Words.Select(w => w.ToLowerInvariant()).ToArray(), today) is not { } until)
            return ChatReply.Text($"Use /pause until YYYY-MM-DD or /pause 3 days, e.g. /pause until {today.AddDays(7):yyyy-MM-dd}.");
        if (until < today)
            return ChatReply.Text($"{Show.Date(until)} has already passed; pick a day from today on.");
        if (until.DayNumber - today.DayNumber >= MaxDays)
            return ChatReply.Text("I can pause for up to a year at a time.");
        await ReminderSettingsWriter.SaveAsync(context, s => s with { PausedUntil = until });
        return ChatReply.Text($"⏸️ Reminders paused until the end of {Show.Date(until)}; they start again the day after. /resume ends the pause early.");
    }

    private static DateOnly? Until(string[] words, DateOnly today) => words switch
    {
        ["until" or "till" or "to", var day] => day == "tomorrow" ? today.AddDays(1) : DayArgument.Parse(day, today),
        [var n, "day" or "days"] when Count(n) is { } days => Last(today, days),
        [var n, "week" or "weeks"] when Count(n) is { } weeks => Last(today, weeks * 7),
        _ => null,
    };

    // A pause longer than allowed ends a day past the limit, so the limit's own answer says why it is refused.
    private static DateOnly Last(DateOnly today, long days) => today.AddDays((int)Math.Min(days, MaxDays + 1) - 1);

    private static long? Count(string word) =>
        long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= int.MaxValue ? n : null;
}
