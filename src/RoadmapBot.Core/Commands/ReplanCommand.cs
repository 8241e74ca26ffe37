using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/replan shows both ways to catch up; /replan shift or /replan spread moves the member's own due dates (/undo restores them).</summary>
public sealed class ReplanCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words.Select(w => w.ToLowerInvariant()).ToArray();
        if (words is not ([] or ["shift"] or ["spread"]))
            return Replies.Usage("replan");
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        if (await OfferAsync(context, view) is not { } offer)
            return ChatReply.Text("You are not behind by more than a week of work, so your dates stay as they are. ", Span.Code("/progress"), " shows where you stand.");
        if (words.Length == 0)
            return ReplanLines.Preview(offer, context.Today);
        if (offer.Choice(words[0] == "shift" ? ReplanKind.Shift : ReplanKind.Spread) is not { } choice)
            return ChatReply.Text("Spreading at your pace needs a pace: mark a few items done first, or use ", Span.Code("/replan shift"), ".");
        await ApplyAsync(context, view.GroupPlan, choice);
        var how = choice.Kind == ReplanKind.Shift ? $"Everything open moved {Show.Days(choice.Days)} later" : "What remains is spread from today at your pace";
        return new ReplyBuilder()
            .Line($"Re-planned: {how} ({Quantity.Of(choice.Changes.Count, "item")}). You now finish {Show.Date(choice.Finish)}.")
            .Line("Only your own dates moved; ", Span.Code("/undo"), " takes it back.")
            .Button("Today", "/today").Button("Undo", "/undo")
            .Build();
    }

    /// <summary>The re-plan the sender is offered on their own plan <paramref name="view"/>; null when they are not that far behind.</summary>
    public static async Task<ReplanOffer?> OfferAsync(CommandContext context, RoadmapView? view) =>
        view is null ? null : ReplanOffer.For(view, await context.LoadProgressAsync(context.Member), context.Day, context.Today);

    // Each change is stored as days on top of the group's date, so an admin's /plan shift still moves it.
    private static async Task ApplyAsync(CommandContext context, RoadmapView plan, ReplanChoice choice)
    {
        var rows = await context.Db.PlanShifts.Where(s => s.MemberId == context.Member.Id)
            .ToDictionaryAsync(s => s.ItemKey, StringComparer.OrdinalIgnoreCase, context.CancellationToken);
        var before = new List<ShiftBefore>();
        foreach (var change in choice.Changes)
        {
            if (plan.Find(change.Item.Key)?.DueDate is not { } groupDue)
                continue;
            var days = change.To.DayNumber - groupDue.DayNumber;
            before.Add(new ShiftBefore(change.Item.Key, rows.GetValueOrDefault(change.Item.Key)?.Days));
            Set(context, rows, change.Item.Key, days == 0 ? null : days);
        }
        context.Audit(AuditKind.Replan, before);
        await context.SaveAsync();
    }

    /// <summary>Takes a re-plan back: each item's shift as it was (none: no row).</summary>
    public static async Task RestoreAsync(CommandContext context, IReadOnlyList<ShiftBefore> before)
    {
        var keys = before.Select(b => b.ItemKey).ToList();
        var rows = await context.Db.PlanShifts.Where(s => s.MemberId == context.Member.Id && keys.Contains(s.ItemKey))
            .ToDictionaryAsync(s => s.ItemKey, StringComparer.OrdinalIgnoreCase, context.CancellationToken);
        foreach (var b in before)
            Set(context, rows, b.ItemKey, b.Days);
    }

    // Gives one item the shift in days (null: none, so no row): its row added, changed or removed; shared by re-plan and undo.
    private static void Set(CommandContext context, Dictionary<string, PlanShift> rows, string itemKey, int? days)
    {
        var row = rows.GetValueOrDefault(itemKey);
        if (days is null && row is not null)
            context.Db.PlanShifts.Remove(row);
        else if (days is { } added && row is null)
            context.Db.PlanShifts.Add(new PlanShift { MemberId = context.Member.Id, ItemKey = itemKey, Days = added });
        else if (days is { } changed && row is not null)
            row.Days = changed;
    }
}

/// <summary>What /undo needs to take back a re-plan of one item: its shift before (null: it had none).</summary>
public sealed record ShiftBefore(string ItemKey, int? Days);
