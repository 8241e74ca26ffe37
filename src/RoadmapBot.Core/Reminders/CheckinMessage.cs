using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Verification;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Reminders;

/// <summary>Evening check-in: only the habits still open today, and what shipped; nothing when every habit is met.</summary>
public static class CheckinMessage
{
    private const int MaxButtons = 4;

    public static async Task<ChatReply?> BuildAsync(ReminderScene scene)
    {
        var plan = DayPlan.Compute(scene.View, await scene.ProgressAsync(), await scene.TotalsAsync(scene.Day), scene.Day);
        var open = plan.Habits.Where(h => !h.Met).ToList();
        var buddy = new ReplyBuilder();
        // With every habit met there is nothing to ask, unless a buddy's result is worth the message.
        if (!await BuddyLines.AddCheckinAsync(scene, buddy) && open.Count == 0)
            return null;
        var reply = scene.Start(Span.Bold($"🌙 Evening check-in — {Show.Short(scene.Day)}"));
        Verified(reply, scene.Verified);
        if (open.Count == 0)
            reply.Line("Every habit is met today. ✅");
        else
        {
            DayLines.Habits(reply, plan, $"Still open today ({open.Count}/{plan.Habits.Count})", openOnly: true);
            reply.Line("What shipped today? Mark it with ", Span.Code("/done KEY"), " or keep a ", Span.Code("/note KEY text"), ".");
        }
        reply.Append(buddy);
        foreach (var habit in open.Take(MaxButtons))
        {
            if (habit.Habit.Target is null)
                reply.Button($"Check {habit.Habit.Metric}", $"/check {habit.Habit.Metric}");
            else
                reply.Button($"Log {Show.Number(habit.Remaining)} {habit.Habit.Metric}", $"/log {habit.Habit.Metric} {Show.Number(habit.Remaining)}");
        }
        return reply.Build();
    }

    private static void Verified(ReplyBuilder reply, VerifiedDay? verified)
    {
        switch (verified)
        {
            case { Check: { Outcome: ActivityOutcome.Counted, Count: > 0 } }:
                reply.Line($"✅ {verified.Source.Proof}");
                break;
            case { Check.Outcome: ActivityOutcome.Counted }:
                reply.Line($"No public pushes on GitHub today yet for {verified.Habit.Metric}.");
                break;
            case { Check.Outcome: ActivityOutcome.BudgetSpent }:
                reply.Line($"GitHub's hourly request limit is spent, so tick {verified.Habit.Metric} by hand today.");
                break;
            case { Check.Outcome: ActivityOutcome.UnknownAccount }:
                reply.Line($"GitHub no longer knows “{verified.Habit.Account}”; tick {verified.Habit.Metric} by hand, or /verify again.");
                break;
            case not null:
                reply.Line($"GitHub did not answer, so tick {verified.Habit.Metric} by hand today.");
                break;
        }
    }
}
