using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Commands;

/// <summary>The answer to a buddy invitation: /buddy yes pairs the two, /buddy no drops it.</summary>
public static class BuddyInvitations
{
    /// <summary>The reply with Yes and No for <paramref name="asker"/>'s invitation, pressable by <paramref name="forUser"/> alone (null: the reader).</summary>
    public static ChatReply WithButtons(ReplyBuilder reply, Member asker, string? forUser)
    {
        var built = reply.Button("Yes", $"/buddy yes {asker.UserId}").Button("No", $"/buddy no {asker.UserId}").Build();
        return forUser is null ? built : built.MadeFor(forUser);
    }

    public static async Task<ChatReply> AnswerAsync(CommandContext context, string who, bool agree)
    {
        var me = context.Member.Id;
        var invitations = (await BuddyCommand.PairsOfAsync(context, me)).Where(p => !p.Confirmed && p.BuddyId == me).ToList();
        var askers = await context.Db.Members.Where(m => invitations.Select(p => p.AskerId).Contains(m.Id)).ToListAsync(context.CancellationToken);
        var name = who.TrimStart('@').Trim();
        var asker = name.Length == 0
            ? askers.FirstOrDefault(a => a.Id == invitations.FirstOrDefault()?.AskerId)
            : MemberDirectory.Find(askers, name);
        if (asker is null)
            return ChatReply.Refusal("No one has asked you to be their buddy here.");
        var invitation = invitations.First(p => p.AskerId == asker.Id);
        if (agree)
            return await ConfirmAsync(context, invitation, asker);
        context.Db.BuddyPairs.Remove(invitation);
        context.Audit(AuditKind.Connection, null);
        await context.SaveAsync();
        return ChatReply.Text($"{asker.DisplayName}'s invitation is declined: no pair.");
    }

    /// <summary>The sender agrees to <paramref name="asker"/>'s invitation; any other open invitation of either of them is dropped.</summary>
    public static async Task<ChatReply> ConfirmAsync(CommandContext context, BuddyPair invitation, Member asker)
    {
        var me = context.Member;
        var mine = await BuddyCommand.PairsOfAsync(context, me.Id);
        if (mine.FirstOrDefault(p => p.Confirmed) is { } paired)
            return ChatReply.Refusal($"You already have a buddy here: {await BuddyCommand.NameAsync(context, paired.Other(me.Id))}. /buddy off ends it first.");
        var theirs = await BuddyCommand.PairsOfAsync(context, asker.Id);
        if (theirs.Any(p => p.Confirmed))
            return ChatReply.Refusal($"{asker.DisplayName} already has a buddy here.");
        invitation.ConfirmedAt = context.Now;
        var others = mine.Concat(theirs).Where(p => p.Id != invitation.Id).DistinctBy(p => p.Id);
        context.Db.BuddyPairs.RemoveRange(others);
        context.Audit(AuditKind.Connection, null);
        await context.SaveAsync();
        return new ReplyBuilder()
            .Line($"🤝 {asker.DisplayName} and {me.DisplayName} are buddies now: each sees the other's check-in result in the evening, ",
                "and the weekly digest shows your streak together.")
            .Line(Span.Code("/buddy off"), " ends it.")
            .Build();
    }
}
