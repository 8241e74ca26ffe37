using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>The previous state of one progress row, kept in the audit so /undo can restore it.</summary>
public sealed record ProgressBefore(
    string ItemKey, bool Existed, Roadmaps.ItemStatus Status, DateTimeOffset ChangedAt, string? ProofUrl, string? Notes, bool FromFile = false);

/// <summary>The items a command changed, and the member's progress after the change.</summary>
public sealed record ProgressChange(IReadOnlyList<StoredItem> Changed, MemberProgress After);

/// <summary>Changes the member's own progress rows for some items, with one audit entry for the whole command.</summary>
public static class ProgressWriter
{
    public static async Task<ProgressChange> SetAsync(
        CommandContext context, IReadOnlyList<StoredItem> items, Action<ItemProgress> change, Func<ItemProgress, bool> needed)
    {
        // All the member's rows, untracked (tracking them all costs more than the read), so replies can summarise the
        // progress after the change without reading again; only the rows that change are attached.
        var rows = await MemberProgress.RowsAsync(context.Db, context.Member.Id, context.CancellationToken);
        var changed = new List<StoredItem>();
        var before = new List<ProgressBefore>();
        foreach (var item in items)
        {
            var row = rows.GetValueOrDefault(item.Key)
                ?? new ItemProgress { MemberId = context.Member.Id, ItemKey = item.Key, Status = item.InitialStatus };
            if (!needed(row))
                continue;
            before.Add(new ProgressBefore(item.Key, row.Id != 0, row.Status, row.ChangedAt, row.ProofUrl, row.Notes, row.FromFile));
            if (row.Id == 0)
            {
                context.Db.Progress.Add(row);
                rows[item.Key] = row;
            }
            else
            {
                context.Db.Progress.Attach(row);
            }
            var status = row.Status;
            change(row);
            row.ChangedAt = context.Now;
            // A status set in the bot is activity, not the file's starting point; a note or proof leaves that as it was.
            row.FromFile &= row.Status == status;
            changed.Add(item);
        }
        if (changed.Count > 0)
        {
            context.Audit(AuditKind.ItemProgress, before);
            await context.SaveAsync();
        }
        return new ProgressChange(changed, new MemberProgress(rows));
    }
}
