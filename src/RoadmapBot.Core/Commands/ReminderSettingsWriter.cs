using RoadmapBot.Core.Data;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Commands;

public sealed record SettingsBefore(string Json);

/// <summary>Changes a member's or a group's reminder settings, audited so /undo can restore them.</summary>
public static class ReminderSettingsWriter
{
    /// <summary>
    /// Applies <paramref name="change"/> to the member's settings. A schedule change starts <c>Since</c> now if it was
    /// unset, so catch-up after downtime never reaches back before the member set things up.
    /// </summary>
    public static async Task<ReminderSettings> SaveAsync(CommandContext context, Func<ReminderSettings, ReminderSettings> change, bool schedule = true)
    {
        var before = context.Member.Settings;
        var next = change(ReminderSettings.Parse(before));
        if (schedule && next.Since is null)
            next = next with { Since = context.Now };
        context.Member.Settings = next.ToJson();
        context.Audit(AuditKind.Reminders, new SettingsBefore(before));
        await context.SaveAsync();
        return next;
    }

    public static async Task<SpaceReminderSettings> SaveGroupAsync(CommandContext context, Func<SpaceReminderSettings, SpaceReminderSettings> change)
    {
        var before = context.Space.Settings;
        var next = change(SpaceReminderSettings.Parse(before));
        if (next.Since is null)
            next = next with { Since = context.Now };
        context.Space.Settings = next.ToJson();
        context.Audit(AuditKind.GroupReminders, new SettingsBefore(before));
        await context.SaveAsync();
        return next;
    }
}
