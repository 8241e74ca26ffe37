using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Storing;

namespace RoadmapBot.Core.Commands;

/// <summary>/undo of the member's confirmed import: for 24 hours, and only while nobody else has changed the roadmap since.</summary>
public static class UndoImport
{
    public static async Task<ChatReply> ExecuteAsync(CommandContext context, AuditEntry entry)
    {
        var db = context.Db;
        var ct = context.CancellationToken;
        var refused = $"Your last change ({entry.Command}) can't be undone any more: ";
        if (context.Now - entry.At >= ImportSnapshot.UndoWindow)
            return ChatReply.Text(refused + "an import can be undone for 24 hours.");
        var later = await db.Audit
            .Where(a => a.SpaceId == context.Space.Id && a.Id > entry.Id && a.MemberId != context.Member.Id && !a.Undone
                && (a.Kind == AuditKind.Roadmap || a.Kind == AuditKind.Plan))
            .OrderBy(a => a.Id)
            .FirstOrDefaultAsync(ct);
        if (later is not null)
        {
            var who = await db.Members.Where(m => m.Id == later.MemberId).Select(m => m.DisplayName).FirstOrDefaultAsync(ct) ?? "someone";
            return ChatReply.Text(refused + $"{who} changed the roadmap since ({later.Command}).");
        }
        if (await db.Roadmaps.FirstOrDefaultAsync(r => r.SpaceId == context.Space.Id, ct) is not { } row)
            return ChatReply.Text(refused + "the roadmap is gone.");
        UndoneImport undone = null!;
        await context.AtomicallyAsync(async () =>
        {
            undone = await ImportUndo.RestoreAsync(db, row, JsonSerializer.Deserialize<ImportSnapshot>(entry.Undo!)!, context.Now, ct);
            entry.Undone = true;
            await context.SaveAsync();
        });
        var reply = new ReplyBuilder().Line($"Undone: {entry.Command}. The roadmap is back as it was: {Quantity.Of(undone.Items, "item")} ({row.Title}), with everyone's progress on them.");
        if (undone.MembersBack > 0)
            reply.Line($"{ImportReplies.MembersProgress(undone.MembersBack)} kept aside is back on {(undone.MembersBack == 1 ? "its item" : "their items")}.");
        if (undone.MembersAside > 0)
            reply.Line($"{ImportReplies.MembersProgress(undone.MembersAside)} on {Quantity.Of(undone.ItemsAside, "item")} the old roadmap does not have is kept aside; it returns if the item comes back.");
        return reply.Build();
    }
}
