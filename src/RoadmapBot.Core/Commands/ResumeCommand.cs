using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

/// <summary>/resume: ends a pause, so reminders come again from the next one on.</summary>
public sealed class ResumeCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (ReminderSettings.Parse(context.Member.Settings).PausedUntil is not { } paused || paused < context.Today)
            return ChatReply.Text("You're not paused: your reminders are on. See them with /remind.");
        await ReminderSettingsWriter.SaveAsync(context, s => s with { PausedUntil = null });
        return ChatReply.Text("▶️ Reminders are back on. See what comes next with /remind.");
    }
}
