using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;

namespace RoadmapBot.Core.Commands;

/// <summary>/forget me, then /forget me confirm: deletes the member and everything they recorded in this space.</summary>
public sealed class ForgetCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words.Select(w => w.ToLowerInvariant()).ToArray();
        if (words is not ["me", ..])
            return Replies.Usage("forget");
        if (words is not ["me", "confirm"])
            return new ReplyBuilder()
                .Line("This deletes your progress, logs, check-ins, review answers and settings in this chat, for good.")
                .Line("To go ahead send ", Span.Code("/forget me confirm"), ".")
                .Button("Yes, delete my data", "/forget me confirm")
                .Build();
        var db = context.Db;
        var memberId = context.Member.Id;
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await db.Audit.Where(a => a.MemberId == memberId).ExecuteDeleteAsync(context.CancellationToken);
        await db.Roadmaps.Where(r => r.PendingByMemberId == memberId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.PendingSource, (string?)null).SetProperty(x => x.PendingByMemberId, (long?)null), context.CancellationToken);
        // Progress, logs, check-ins, ticks and answers go with the member (cascade).
        await db.Members.Where(m => m.Id == memberId).ExecuteDeleteAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return ChatReply.Text("Done: everything I stored about you in this chat is deleted. Send any command to start afresh.");
    }
}
