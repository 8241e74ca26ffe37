using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Storing;

namespace RoadmapBot.Core.Commands;

/// <summary>/forget me, then /forget me confirm, in a private chat: deletes the person, their private chats and all their rows in groups.</summary>
public sealed class ForgetCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words.Select(w => w.ToLowerInvariant()).ToArray();
        if (words is not ["me", ..])
            return Replies.Usage("forget");
        // In a group anyone could press the confirm button, and the answer is for the member alone.
        if (context.Space.IsGroup)
            return ChatReply.Text("To delete your data, send ", Span.Code("/forget me"), " to me in a private chat.");
        var db = context.Db;
        var ct = context.CancellationToken;
        var (ids, spaces, groups, linked) = await PersonAsync(context);
        var where = "in this chat" + (groups == 0 ? "" : $", in {groups} group{(groups == 1 ? "" : "s")}")
            + (linked ? " and in your linked chats on the other platform" : "");
        if (words is not ["me", "confirm"])
            return new ReplyBuilder()
                .Line($"This deletes this chat's roadmap and your progress, logs, check-ins, review answers, reminders and settings {where}, for good.")
                .Line("To go ahead send ", Span.Code("/forget me confirm"), ".")
                .Button("Yes, delete my data", "/forget me confirm")
                .Build();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Import snapshots keep members' progress inside a JSON column: theirs is taken out there.
        await ImportSnapshot.ForgetAsync(db, ids, ct);
        await db.SaveChangesAsync(ct);
        await db.Roadmaps.Where(r => r.PendingByMemberId != null && ids.Contains(r.PendingByMemberId.Value))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.PendingSource, (string?)null).SetProperty(x => x.PendingByMemberId, (long?)null), ct);
        await PersonEraser.EraseAsync(db, ids, spaces, ct);
        await transaction.CommitAsync(ct);
        return ChatReply.Text($"Done: everything I stored about you {where} is deleted. Send any command to start afresh.");
    }

    /// <summary>
    /// The person: this account and those linked to it (/link), each in every space of its platform (its private chat and its
    /// groups); the private spaces are deleted whole, the groups keep everyone else's rows.
    /// </summary>
    private static async Task<(List<long> Members, List<long> PrivateSpaces, int Groups, bool Linked)> PersonAsync(CommandContext context)
    {
        var (db, ct, primary) = (context.Db, context.CancellationToken, context.Member.Id);
        var accounts = await (
            from m in db.Members
            where m.Id == primary || m.LinkedToMemberId == primary
            join s in db.Spaces on m.SpaceId equals s.Id
            select new { s.Platform, m.UserId }).ToListAsync(ct);
        var members = new List<(long Id, long SpaceId, bool IsGroup)>();
        foreach (var account in accounts.Distinct())
            members.AddRange((await (
                from m in db.Members
                where m.UserId == account.UserId
                join s in db.Spaces on m.SpaceId equals s.Id
                where s.Platform == account.Platform
                select new { m.Id, m.SpaceId, s.IsGroup }).ToListAsync(ct)).Select(m => (m.Id, m.SpaceId, m.IsGroup)));
        return ([.. members.Select(m => m.Id)], [.. members.Where(m => !m.IsGroup).Select(m => m.SpaceId)],
            members.Count(m => m.IsGroup), accounts.Count > 1);
    }
}
