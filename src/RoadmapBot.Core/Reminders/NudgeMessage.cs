using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Reminders;

/// <summary>
/// A nudge about items due tomorrow, items overdue, and falling more than two weeks behind plan (with the roadmap's
/// own advice, e.g. seed 000's acceleration protocol). Nothing when there is nothing to nudge about.
/// </summary>
public static class NudgeMessage
{
    public const int BehindDays = 14;
    private const int Shown = 3;

    public static async Task<ChatReply?> BuildAsync(ReminderScene scene)
    {
        var (view, day) = (scene.View, scene.Day);
        var progress = await scene.ProgressAsync();
        var plan = DayPlan.Compute(view, progress, await scene.TotalsAsync(day), day);
        var tomorrow = plan.Open.Where(i => i.DueDate == day.AddDays(1)).ToList();
        var report = ProgressReport.Compute(view, progress, day);
        var daysBehind = report.DaysBehind(day);
        if (tomorrow.Count == 0 && plan.Overdue.Count == 0 && daysBehind <= BehindDays)
            return null;
        var reply = scene.Start(Span.Bold($"👉 Heads-up — {Show.Short(day)}"));
        DayLines.Items(reply, $"Due tomorrow ({tomorrow.Count})", tomorrow, progress, plan.Day, Shown, "/tasks due");
        DayLines.Items(reply, $"Overdue ({plan.Overdue.Count})", plan.Overdue, progress, plan.Day, Shown, "/tasks overdue");
        if (daysBehind > BehindDays)
            Behind(reply, view.Extras.BehindScheduleAdvice, daysBehind, report.BehindSince!.Value);
        ReplanLines.Offer(reply, ReplanOffer.For(view, progress, scene.MemberDay, day));
        foreach (var item in plan.Overdue.Concat(tomorrow).Take(Shown))
            reply.Button($"Done {item.Key}", $"/done {item.Key}");
        return reply.Build();
    }

    private static void Behind(ReplyBuilder reply, IReadOnlyList<string> advice, int days, DateOnly since)
    {
        reply.Line(Span.Bold($"⚠️ You are about {days / 7} weeks behind plan"), $" (the plan expected your next item by {Show.Short(since)}).");
        if (advice.Count == 0)
        {
            reply.Line("Pick the few items that matter most, or re-plan your own dates with ", Span.Code("/replan"), ".");
            return;
        }
        // The advice's own heading ("If behind schedule by >2 weeks:") is shown as its title.
        var heading = advice[0].EndsWith(':') ? advice[0] : "Your roadmap's advice:";
        reply.Line(Span.Italic(heading));
        foreach (var step in advice.Skip(advice[0].EndsWith(':') ? 1 : 0))
            reply.Bullet(step);
    }
}
