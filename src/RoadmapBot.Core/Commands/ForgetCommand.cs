using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>/forget me, then /forget me confirm: deletes the member and everything they recorded in this space (and their linked accounts).</summary>
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
        var memberId = context.Member.Id;
        var ct = context.CancellationToken;
        // A person linked across platforms (/link) is one member: forgetting them deletes every linked account too.
        var person = db.Members.Where(m => m.Id == memberId || m.LinkedToMemberId == memberId);
        var linked = await person.CountAsync(ct) - 1;
        var where = linked == 0 ? "in this chat" : "in this chat and in your linked chats on the other platform";
        if (words is not ["me", "confirm"])
            return new ReplyBuilder()
                .Line($"This deletes your progress, logs, check-ins, review answers and settings {where}, for good.")
                .Line("To go ahead send ", Span.Code("/forget me confirm"), ".")
                .Button("Yes, delete my data", "/forget me confirm")
                .Build();
        var ids = await person.Select(m => m.Id).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Audit.Where(a => a.MemberId != null && ids.Contains(a.MemberId.Value)).ExecuteDeleteAsync(ct);
        await db.Roadmaps.Where(r => r.PendingByMemberId != null && ids.Contains(r.PendingByMemberId.Value))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.PendingSource, (string?)null).SetProperty(x => x.PendingByMemberId, (long?)null), ct);
        // Progress, logs, check-ins, ticks, answers and link codes go with the member (cascade).
        await db.Members.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return ChatReply.Text($"Done: everything I stored about you {where} is deleted. Send any command to start afresh.");
    }
}
