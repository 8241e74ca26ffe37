using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Commands;

/// <summary>/undo: takes back the member's own last change, whatever kind it was.</summary>
public sealed class UndoCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var db = context.Db;
        var ct = context.CancellationToken;
        var entry = await db.Audit
            .Where(a => a.MemberId == context.Member.Id && a.SpaceId == context.Space.Id && !a.Undone)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(ct);
        if (entry is null)
            return ChatReply.Text("There is nothing of yours to undo.");
        if (entry.Undo is null)
            return ChatReply.Text($"Your last change ({entry.Command}) can't be undone with /undo.");
        if (entry.Kind == AuditKind.Roadmap)
            return await UndoImport.ExecuteAsync(context, entry);
        switch (entry.Kind)
        {
            case AuditKind.ItemProgress:
                await RestoreProgressAsync(context, JsonSerializer.Deserialize<List<ProgressBefore>>(entry.Undo)!);
                break;
            case AuditKind.MetricLog:
                var ids = JsonSerializer.Deserialize<List<long>>(entry.Undo)!;
                db.MetricLogs.RemoveRange(await db.MetricLogs.Where(l => ids.Contains(l.Id)).ToListAsync(ct));
                break;
            case AuditKind.CheckIn:
                var checkIn = JsonSerializer.Deserialize<long>(entry.Undo);
                db.CheckIns.RemoveRange(await db.CheckIns.Where(c => c.Id == checkIn).ToListAsync(ct));
                break;
            case AuditKind.CriterionTick:
                var tick = JsonSerializer.Deserialize<long>(entry.Undo);
                db.CriterionTicks.RemoveRange(await db.CriterionTicks.Where(t => t.Id == tick).ToListAsync(ct));
                break;
            case AuditKind.ReviewAnswer:
                await ReviewCommand.RestoreAsync(context, JsonSerializer.Deserialize<ReviewBefore>(entry.Undo)!);
                break;
            case AuditKind.Reminders or AuditKind.Settings:
                context.Member.Settings = JsonSerializer.Deserialize<SettingsBefore>(entry.Undo)!.Json;
                break;
            case AuditKind.GroupReminders:
                context.Space.Settings = JsonSerializer.Deserialize<SettingsBefore>(entry.Undo)!.Json;
                break;
            case AuditKind.Replan:
                await ReplanCommand.RestoreAsync(context, JsonSerializer.Deserialize<List<ShiftBefore>>(entry.Undo)!);
                break;
            case AuditKind.TimeZone:
                context.Member.TimeZone = JsonSerializer.Deserialize<TimeZoneBefore>(entry.Undo)!.Zone;
                break;
        }
        entry.Undone = true;
        await context.SaveAsync();
        // In a group a log of a metric the member keeps private is named as its reply named it: not at all.
        return entry.Kind is AuditKind.MetricLog or AuditKind.CheckIn && entry.Command.Split(' ').Any(context.IsPrivateHere)
            ? ChatReply.Text("Undone: 🔒 your last log, of a private metric.")
            : ChatReply.Text("Undone: ", Span.Code(entry.Command));
    }

    private static async Task RestoreProgressAsync(CommandContext context, List<ProgressBefore> before)
    {
        var keys = before.Select(b => b.ItemKey).ToList();
        var rows = await context.Db.Progress
            .Where(p => p.MemberId == context.Member.Id && keys.Contains(p.ItemKey))
            .ToDictionaryAsync(p => p.ItemKey, context.CancellationToken);
        foreach (var b in before)
        {
            if (!rows.TryGetValue(b.ItemKey, out var row))
                continue;
            if (!b.Existed)
            {
                context.Db.Progress.Remove(row);
                continue;
            }
            (row.Status, row.ChangedAt, row.ProofUrl, row.Notes, row.FromFile) = (b.Status, b.ChangedAt, b.ProofUrl, b.Notes, b.FromFile);
        }
    }
}
