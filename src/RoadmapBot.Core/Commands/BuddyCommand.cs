using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// /buddy @member asks a member of the group to pair up; they agree with a button (/buddy yes). /buddy shows the pair or
/// how to start, /buddy off ends it, /buddy nudge sends the buddy a friendly message (see <see cref="BuddyNudges"/>).
/// </summary>
public sealed class BuddyCommand : IChatCommand
{
    public const string PrivateRefusal = "Buddies pair two members of a group: send /buddy NAME in the group you share.";

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words;
        var first = words.Length == 0 ? "" : words[0].ToLowerInvariant();
        var rest = string.Join(' ', words.Skip(1));
        if (first == "nudge")
            return await BuddyNudges.SendAsync(context, rest);
        if (!context.Space.IsGroup)
            return ChatReply.Refusal(PrivateRefusal);
        return first switch
        {
            "" => await ShowAsync(context),
            "off" when words.Length == 1 => await OffAsync(context),
            "yes" => await BuddyInvitations.AnswerAsync(context, rest, agree: true),
            "no" => await BuddyInvitations.AnswerAsync(context, rest, agree: false),
            _ => await AskAsync(context, string.Join(' ', words).TrimStart('@').Trim()),
        };
    }

    /// <summary>Every pair or invitation in this space that involves <paramref name="member"/> (tracked).</summary>
    internal static Task<List<BuddyPair>> PairsOfAsync(CommandContext context, long member) =>
        context.Db.BuddyPairs.Where(p => p.SpaceId == context.Space.Id && (p.AskerId == member || p.BuddyId == member))
            .OrderByDescending(p => p.AskedAt).ToListAsync(context.CancellationToken);

    internal static async Task<string> NameAsync(CommandContext context, long member) =>
        await context.Db.Members.Where(m => m.Id == member).Select(m => m.DisplayName).SingleAsync(context.CancellationToken);

    private static async Task<ChatReply> ShowAsync(CommandContext context)
    {
        var me = context.Member.Id;
        var pairs = await PairsOfAsync(context, me);
        if (pairs.FirstOrDefault(p => p.Confirmed) is { } pair)
            return ChatReply.Text($"Your buddy here is {await NameAsync(context, pair.Other(me))} (since {Show.Short(context.Day.Of(pair.ConfirmedAt!.Value))}). ",
                "Each evening's check-in shows how they did; ", Span.Code("/buddy off"), " ends it.");
        if (pairs.FirstOrDefault(p => p.AskerId == me) is { } asked)
            return ChatReply.Text($"You asked {await NameAsync(context, asked.BuddyId)}; waiting for them to tap Yes. ", Span.Code("/buddy off"), " withdraws it.");
        if (pairs.FirstOrDefault(p => p.BuddyId == me) is { } invited)
        {
            var asker = await context.Db.Members.SingleAsync(m => m.Id == invited.AskerId, context.CancellationToken);
            return BuddyInvitations.WithButtons(new ReplyBuilder().Line($"{asker.DisplayName} asked you to be buddies."), asker, forUser: null);
        }
        return ChatReply.Text("No buddy yet. Send ", Span.Code("/buddy NAME"), " to ask someone in this group: each of you then sees the other's evening check-in.");
    }

    private static async Task<ChatReply> OffAsync(CommandContext context)
    {
        var me = context.Member.Id;
        var pairs = await PairsOfAsync(context, me);
        var pair = pairs.FirstOrDefault(p => p.Confirmed) ?? pairs.FirstOrDefault(p => p.AskerId == me);
        if (pair is null)
            return ChatReply.Text("You have no buddy here.");
        var other = await NameAsync(context, pair.Other(me));
        context.Db.BuddyPairs.Remove(pair);
        context.Audit(AuditKind.Connection, null);
        await context.SaveAsync();
        // Said in the group, naming both: the buddy reads it there too.
        return ChatReply.Text(pair.Confirmed
            ? $"{context.Member.DisplayName} ended the buddy pair with {other}: no more check-in lines or nudges between you."
            : $"Your invitation to {other} is withdrawn.");
    }

    private static async Task<ChatReply> AskAsync(CommandContext context, string name)
    {
        if (context.Message.BotUserId is { } bot && name.Equals(bot, StringComparison.OrdinalIgnoreCase))
            return ChatReply.Refusal("I can't be your buddy: pick a member of this group, e.g. /buddy NAME.");
        var me = context.Member;
        var members = await context.Db.Members.Where(m => m.SpaceId == context.Space.Id && m.Id != me.Id).ToListAsync(context.CancellationToken);
        if (MemberDirectory.Find([me], name) is not null)
            return ChatReply.Refusal("You can't be your own buddy: pick another member of this group.");
        if (MemberDirectory.Find(members, name) is not { } other)
            return ChatReply.Refusal($"No member called {Echo.Quote(name)} here: they need to send a command in this group first.");
        var mine = await PairsOfAsync(context, me.Id);
        if (mine.FirstOrDefault(p => p.Confirmed) is { } paired)
            return ChatReply.Refusal($"You already have a buddy here: {await NameAsync(context, paired.Other(me.Id))}. /buddy off ends it first.");
        if ((await PairsOfAsync(context, other.Id)).Any(p => p.Confirmed))
            return ChatReply.Refusal($"{other.DisplayName} already has a buddy here.");
        // They asked first: asking them back is agreeing.
        if (mine.FirstOrDefault(p => p.AskerId == other.Id) is { } theirs)
            return await BuddyInvitations.ConfirmAsync(context, theirs, other);
        // One open invitation per member: asking someone else replaces it, and says so.
        var replaced = mine.FirstOrDefault(p => p.AskerId == me.Id);
        var withdrawn = replaced is not null && replaced.BuddyId != other.Id ? await NameAsync(context, replaced.BuddyId) : null;
        if (replaced is not null)
            (replaced.BuddyId, replaced.AskedAt) = (other.Id, context.Now);
        else
            context.Db.BuddyPairs.Add(new BuddyPair { SpaceId = context.Space.Id, AskerId = me.Id, BuddyId = other.Id, AskedAt = context.Now });
        context.Audit(AuditKind.Connection, null);
        await context.SaveAsync();
        var reply = new ReplyBuilder()
            .Line($"🤝 {me.DisplayName} asks {other.DisplayName} to be accountability buddies: each of you sees the other's evening check-in, ",
                "and after two quiet days the other can send a friendly nudge.")
            .Line($"{other.DisplayName}, tap Yes to agree.");
        if (withdrawn is not null)
            reply.Line($"(The invitation to {withdrawn} is withdrawn: one at a time.)");
        return BuddyInvitations.WithButtons(reply, me, forUser: other.UserId);
    }
}
