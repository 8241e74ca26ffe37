using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// /link gives a one-time code; /link CODE on the person's account on another platform joins that account to this one (the
/// primary): from then on both private chats share one progress, and reminders keep coming to the primary's chat.
/// /link status shows the links, /link off ends them. Groups are never merged.
/// </summary>
public sealed class LinkCommand : IChatCommand
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public const int WrongCodesPerHour = 5;

    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (context.Message.IsGroup)
            return ChatReply.Text("Linking works in a private chat with me; groups stay separate on each platform.");
        var account = await MemberDirectory.AccountAsync(context.Db, context.Message, context.CancellationToken);
        return context.Words switch
        {
            [] => await IssueAsync(context),
            [var word] when word.Equals("status", StringComparison.OrdinalIgnoreCase) => await StatusAsync(context),
            [var word] when word.Equals("off", StringComparison.OrdinalIgnoreCase) => await UnlinkAsync(context, account),
            _ => await RedeemAsync(context, account, string.Concat(context.Words)),
        };
    }

    private static async Task<ChatReply> IssueAsync(CommandContext context)
    {
        var db = context.Db;
        // One live code per person; expired ones go whenever someone asks for a new one.
        await db.LinkCodes.Where(c => c.MemberId == context.Member.Id || c.ExpiresAt <= context.Now).ExecuteDeleteAsync(context.CancellationToken);
        var code = LinkCodeText.New();
        db.LinkCodes.Add(new LinkCode { MemberId = context.Member.Id, CodeHash = LinkCodeText.Hash(code), ExpiresAt = context.Now + CodeLifetime });
        await context.SaveAsync();
        return new ReplyBuilder()
            .Line("Your link code: ", Span.Code(LinkCodeText.Show(code)), $" (works once, for {CodeLifetime.TotalMinutes:0} minutes).")
            .Line("On your other account (Telegram or Discord), send ", Span.Code($"/link {LinkCodeText.Show(code)}"),
                " to me in a private chat. Both chats then share this account's roadmap, progress, logs, streaks and settings; reminders keep coming here.")
            .Build();
    }

    private static async Task<ChatReply> RedeemAsync(CommandContext context, Member account, string typed)
    {
        var db = context.Db;
        var ct = context.CancellationToken;
        var since = context.Now - TimeSpan.FromHours(1);
        if (await db.LinkAttempts.CountAsync(a => a.MemberId == account.Id && a.At > since, ct) >= WrongCodesPerHour)
            return ChatReply.Text($"Too many wrong codes: at most {WrongCodesPerHour} an hour. Try again later.");
        var hash = LinkCodeText.Normalize(typed) is { } code ? LinkCodeText.Hash(code) : null;
        var found = hash is null ? null : await db.LinkCodes.FirstOrDefaultAsync(c => c.CodeHash == hash, ct);
        if (found is null || found.ExpiresAt <= context.Now)
        {
            db.LinkAttempts.Add(new LinkAttempt { MemberId = account.Id, At = context.Now });
            await context.SaveAsync();
            return ChatReply.Text(found is null
                ? "That code is not valid (or was used already). Send /link on your other account for a new one."
                : $"That code expired (codes last {CodeLifetime.TotalMinutes:0} minutes). Send /link on your other account for a new one.");
        }
        var primary = await db.Members.SingleAsync(m => m.Id == found.MemberId, ct);
        var primarySpace = await db.Spaces.SingleAsync(s => s.Id == primary.SpaceId, ct);
        if (primary.Id == account.Id || primary.Id == account.LinkedToMemberId)
            return ChatReply.Text("That code is for this account already; enter it on your other platform.");
        if (account.LinkedToMemberId is not null || await db.Members.AnyAsync(m => m.LinkedToMemberId == account.Id, ct))
            return ChatReply.Text("This account is linked already; send /link off first.");
        if (primarySpace.Platform == context.Message.Platform)
            return ChatReply.Text($"Both accounts are on {primarySpace.Platform}; link accounts on different platforms.");
        // Two progresses are never merged: the account entering the code joins the other, so it must bring nothing that would be lost.
        if (await HasProgressAsync(db, account.Id, ct))
            return ChatReply.Text(await HasProgressAsync(db, primary.Id, ct)
                ? "Both accounts already have progress, and I don't merge two. Send /forget me in the chat whose data you can lose, then link again."
                : "This account has progress and the other has none: link the other way. Send /link here and enter that code there.");
        account.LinkedToMemberId = primary.Id;
        db.LinkCodes.Remove(found);
        await context.SaveAsync();
        return ChatReply.Text(
            $"Linked: this {context.Message.Platform} chat and your {primarySpace.Platform} chat now share one roadmap, progress, logs, streaks and settings. " +
            $"Reminders come to your {primarySpace.Platform} chat. Groups stay separate on each platform. /link off undoes it.");
    }

    private static async Task<ChatReply> StatusAsync(CommandContext context)
    {
        var linked = await LinkedPlatformsAsync(context.Db, context.Member.Id, context.CancellationToken);
        return linked.Count == 0
            ? ChatReply.Text("This account is not linked. Send /link for a code to enter on your other platform.")
            : ChatReply.Text($"Linked: {context.Space.Platform} (the primary: reminders come there) and {string.Join(", ", linked)}. Groups stay separate on each platform.");
    }

    private static async Task<ChatReply> UnlinkAsync(CommandContext context, Member account)
    {
        var db = context.Db;
        if (account.LinkedToMemberId is not null)
        {
            account.LinkedToMemberId = null;
            await context.SaveAsync();
            return ChatReply.Text($"Unlinked: this chat has its own progress again, from here on. Everything so far stays with your {context.Space.Platform} account.");
        }
        var unlinked = await db.Members.Where(m => m.LinkedToMemberId == account.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.LinkedToMemberId, (long?)null), context.CancellationToken);
        return unlinked == 0
            ? ChatReply.Text("This account is not linked.")
            : ChatReply.Text("Unlinked: your other account's chat has its own progress again, from here on. Everything so far stays here.");
    }

    private static async Task<List<ChatPlatform>> LinkedPlatformsAsync(RoadmapDbContext db, long primaryId, CancellationToken ct) =>
        await db.Members.Where(m => m.LinkedToMemberId == primaryId)
            .Join(db.Spaces, m => m.SpaceId, s => s.Id, (m, s) => s.Platform).ToListAsync(ct);

    private static async Task<bool> HasProgressAsync(RoadmapDbContext db, long memberId, CancellationToken ct) =>
        await db.Progress.AnyAsync(p => p.MemberId == memberId, ct)
        || await db.MetricLogs.AnyAsync(l => l.MemberId == memberId, ct)
        || await db.CheckIns.AnyAsync(c => c.MemberId == memberId, ct)
        || await db.CriterionTicks.AnyAsync(t => t.MemberId == memberId, ct)
        || await db.ReviewAnswers.AnyAsync(a => a.MemberId == memberId, ct);
}
