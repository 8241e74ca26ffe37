using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// /quiet 07:30-08:45 [13:15-13:50 …] [days]: windows when reminders wait until the window ends (weekdays unless
/// days are given); /quiet off for none, /quiet default for the roadmap's busy windows, /quiet to list them.
/// </summary>
public sealed class QuietCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Arguments.ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var settings = ReminderSettings.Parse(context.Member.Settings);
        if (words.Length == 0)
        {
            var busy = await RemindCommand.BusyWindowsAsync(context);
            var quiet = settings.Quiet ?? busy;
            return ChatReply.Text(quiet.Count == 0 ? "No quiet hours: reminders come at their time" : $"Quiet hours: {Describe(quiet)}",
                settings.Quiet is null && busy.Count > 0 ? " (your roadmap's busy windows)." : ".",
                " Set them with /quiet 07:30-08:45, or /quiet off.");
        }
        if (words is ["off"] or ["none"])
        {
            await ReminderSettingsWriter.SaveAsync(context, s => s with { Quiet = [] });
            return ChatReply.Text("Quiet hours are off: reminders come at their time.");
        }
        if (words is ["default"])
        {
            await ReminderSettingsWriter.SaveAsync(context, s => s with { Quiet = null });
            var busy = await RemindCommand.BusyWindowsAsync(context);
            return ChatReply.Text(busy.Count == 0 ? "Back to the default: no quiet hours." : $"Back to your roadmap's busy windows: {Describe(busy)}.");
        }
        if (Parse(words) is not { } windows)
            return ChatReply.Text($"I can't read {Echo.Quote(context.Arguments)}. Use /quiet 07:30-08:45 (several ranges and days work too, e.g. /quiet 22:00-07:00 daily), or /quiet off.");
        await ReminderSettingsWriter.SaveAsync(context, s => s with { Quiet = windows });
        return ChatReply.Text($"Quiet hours: {Describe(windows)}. A reminder due then comes when the window ends.");
    }

    private static List<BusyWindow>? Parse(string[] words)
    {
        var ranges = new List<(TimeOnly Start, TimeOnly End)>();
        List<DayOfWeek>? days = null;
        foreach (var word in words)
        {
            if (ScheduleWords.Range(word) is { } range)
                ranges.Add(range);
            else if (ScheduleWords.Days(word) is { } d)
                days = [.. days ?? [], .. d];
            else
                return null;
        }
        var on = (days ?? [.. WeeklyTime.Weekdays]).Distinct().ToList();
        return ranges.Count == 0 ? null : ranges.Select(r => new BusyWindow(r.Start, r.End, on)).ToList();
    }

    public static string Describe(IReadOnlyList<BusyWindow> windows) => string.Join("; ", windows
        .GroupBy(w => ScheduleWords.Describe(w.Days))
        .Select(g => string.Join(", ", g.Select(w => $"{ScheduleWords.Show(w.Start)}–{ScheduleWords.Show(w.End)}")) + $" {g.Key}"));
}
