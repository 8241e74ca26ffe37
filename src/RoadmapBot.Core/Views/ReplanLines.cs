using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Views;

/// <summary>How a re-plan reads: the offer /progress, the nudge and the weekly review add, and the preview of both choices.</summary>
public static class ReplanLines
{
    public const string Verb = "/replan";
    private const int Shown = 3;

    /// <summary>One line and a Re-plan button, when the member is behind by more than a week of work.</summary>
    public static void Offer(ReplyBuilder reply, ReplanOffer? offer)
    {
        if (offer is null)
            return;
        // "(1 item)" alone read as the size of the delay; the line says it is the size of a week.
        var week = $"a week is about {Quantity.Of(offer.WeekOfWork, "item")} at {(offer.Pace is null ? "the plan's" : "your")} pace";
        reply.Line($"🗓️ That is more than a week of work ({week}). Re-plan from today? ", Span.Code(Verb), " shows two ways before anything changes.")
            .Button("Re-plan", Verb);
    }

    /// <summary>Both choices with their new finish and first changed due dates, and a button to apply each.</summary>
    public static ChatReply Preview(ReplanOffer offer, DateOnly today)
    {
        var pace = offer.Pace is { } p ? $"your pace, {Quantity.Of(p.Items, "item")} in the last {p.Days} days" : "the plan's own pace, as you have no pace yet";
        var reply = new ReplyBuilder()
            .Line(Span.Bold("Re-plan"), $" — you are behind by {Quantity.Of(offer.Behind, "item")}; a week of work is {Quantity.Of(offer.WeekOfWork, "item")} ({pace}).")
            .Line(Span.Bold("1. Shift"), $" everything open by {Show.Days(offer.Shift.Days)}: you finish {Show.Date(offer.Shift.Finish)}.");
        Changes(reply, offer.Shift, today);
        if (offer.Spread is { } spread)
        {
            reply.Line(Span.Bold("2. Spread"), $" what remains from today at your pace: you finish {Show.Date(spread.Finish)}.");
            Changes(reply, spread, today);
        }
        else
            reply.Line("Spreading what remains at your pace needs a pace: mark a few items done first.");
        reply.Line("Only your own dates move; ", Span.Code("/undo"), " takes it back.")
            .Button($"Shift {Show.Days(offer.Shift.Days)}", $"{Verb} shift");
        if (offer.Spread is not null)
            reply.Button("Spread at my pace", $"{Verb} spread");
        return reply.Build();
    }

    private static void Changes(ReplyBuilder reply, ReplanChoice choice, DateOnly today)
    {
        foreach (var change in choice.First(Shown))
            reply.Bullet(Span.Code(change.Item.Key), $" {change.Item.Title}: due {Show.Short(change.From, today)} → {Show.Short(change.To, today)}");
        if (choice.Changes.Count > Shown)
            reply.Bullet($"… and {choice.Changes.Count - Shown} more");
    }
}
