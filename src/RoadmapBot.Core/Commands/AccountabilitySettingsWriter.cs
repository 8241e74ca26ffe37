using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>Changes a member's day start, rest days or private metrics, audited so /undo can restore them.</summary>
public static class AccountabilitySettingsWriter
{
    public static async Task<AccountabilitySettings> SaveAsync(CommandContext context, Func<AccountabilitySettings, AccountabilitySettings> change)
    {
        var before = context.Member.Settings;
        var next = change(AccountabilitySettings.Parse(before));
        context.Member.Settings = next.ToJson();
        context.Audit(AuditKind.Settings, new SettingsBefore(before));
        await context.SaveAsync();
        return next;
    }
}
