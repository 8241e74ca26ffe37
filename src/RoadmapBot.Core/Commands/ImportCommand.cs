using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Storing;

namespace RoadmapBot.Core.Commands;

/// <summary>/import: loads the space's roadmap, or shows what a replacement changes until /import confirm.</summary>
public sealed class ImportCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (!context.IsAdmin)
            return Replies.AdminsOnly(context, "import or replace the roadmap");
        var existing = await context.Db.Roadmaps.FirstOrDefaultAsync(r => r.SpaceId == context.Space.Id, context.CancellationToken);
        if (context.Words is [var verb, _, ..] && verb.ToLowerInvariant() is "include" or "exclude" && !context.Arguments.Contains('\n'))
            return await ImportSectionChoice.ApplyAsync(context, existing, verb.Equals("include", StringComparison.OrdinalIgnoreCase), context.Arguments[verb.Length..].Trim());
        if (context.Words is [var outline, var number] && outline.Equals("outline", StringComparison.OrdinalIgnoreCase) && int.TryParse(number, out var from) && from > 0)
            return ImportSectionChoice.Outline(existing, from);
        switch (context.Arguments.ToLowerInvariant())
        {
            case "outline":
                return ImportSectionChoice.Outline(existing);
            case "confirm":
                return await ConfirmAsync(context, existing);
            case "cancel":
                if (existing?.PendingSource is null)
                    return ChatReply.Refusal("There is no replacement waiting.");
                (existing.PendingSource, existing.PendingByMemberId) = (null, null);
                await context.SaveAsync();
                return ChatReply.Text("Replacement cancelled; the roadmap stays as it was.");
        }
        ImportResult result;
        string source;
        try
        {
            if (ImportSource.Read(context) is not { } bytes)
                return Replies.Usage("import");
            source = RoadmapImporter.Decode(bytes);
            result = RoadmapImporter.Import(source, ImportSectionChoice.ChoicesOf(existing), context.Today);
        }
        catch (RoadmapRejectedException e)
        {
            return ChatReply.Refusal(e.Message);
        }
        if (RoadmapLimits.Refusal(result.Roadmap) is { } overLimit)
            return ChatReply.Refusal(overLimit);
        if (!result.HasTasks)
            return ImportReplies.NoTasks(result);
        if (existing is null)
        {
            MarkChanges yours = null!;
            await context.AtomicallyAsync(async () =>
            {
                yours = await RoadmapStore.CreateAsync(context.Db, context.Space.Id, context.Member.Id, result.Roadmap, source, context.Now, context.CancellationToken);
                context.Audit(AuditKind.Roadmap, null);
                await context.SaveAsync();
            });
            var view = await RoadmapView.LoadAsync(context.Db, context.Space.Id, context.CancellationToken);
            // A plan whose dates began before the member did greets them with a re-plan, not with how far behind they are.
            var offer = context.Space.IsGroup ? null : await ReplanCommand.OfferAsync(context, view);
            return ImportReplies.Imported(result, yours, context.Space.IsGroup, view, context.Today, offer);
        }
        if (existing.ContentHash == RoadmapStore.Hash(source))
            return ChatReply.Refusal("That is the roadmap already loaded; nothing changed.");
        var oldItems = await context.Db.Items.AsNoTracking().Where(i => i.RoadmapId == existing.Id).ToListAsync(context.CancellationToken);
        var diff = RoadmapDiff.Compare(oldItems, RoadmapStore.Preview(existing, result.Roadmap));
        var marks = FileMarks.Compare(result.Roadmap, await StatusesAfterAsync(context, diff), diff.Renamed);
        var carry = await ProgressCarry.PreviewAsync(context.Db, context.Space.Id, diff, context.CancellationToken);
        (existing.PendingSource, existing.PendingByMemberId) = (source, context.Member.Id);
        await context.SaveAsync();
        return ImportReplies.Diff(diff, marks, carry, result);
    }

    // The member's statuses under the new keys, as the replacement would carry them over.
    private static async Task<Dictionary<string, Roadmaps.ItemStatus>> StatusesAfterAsync(CommandContext context, RoadmapDiff diff)
    {
        var rows = await context.Db.Progress.AsNoTracking().Where(p => p.MemberId == context.Member.Id).ToListAsync(context.CancellationToken);
        return rows.Where(r => diff.Moves.ContainsKey(r.ItemKey))
            .ToDictionary(r => diff.Moves[r.ItemKey], r => r.Status, StringComparer.OrdinalIgnoreCase);
    }

    private static async Task<ChatReply> ConfirmAsync(CommandContext context, SpaceRoadmap? existing)
    {
        if (existing?.PendingSource is not { } source)
            return ChatReply.Refusal("There is no replacement waiting; send /import with the new file first.");
        var result = RoadmapImporter.Import(source, ImportSectionChoice.ChoicesOf(existing), context.Today);
        var importer = existing.PendingByMemberId ?? context.Member.Id;
        ReplaceResult replaced = null!;
        await context.AtomicallyAsync(async () =>
        {
            replaced = await RoadmapStore.ReplaceAsync(context.Db, existing, importer, result.Roadmap, source, context.Now, context.CancellationToken);
            // The previous roadmap and everyone's progress, so that /undo can put them back (UndoImport).
            await ImportSnapshot.ExpireAsync(context.Db, context.Space.Id, context.Now, context.CancellationToken);
            context.Audit(AuditKind.Roadmap, replaced.Snapshot);
            await context.SaveAsync();
        });
        return ImportReplies.Replaced(replaced, importer == context.Member.Id);
    }
}
