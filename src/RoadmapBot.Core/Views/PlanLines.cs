using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Views;

/// <summary>Where a plan's dates come from, as /plan, /roadmap and the import say it.</summary>
public static class PlanLines
{
    /// <summary>Weeks or days counted from a first day the plan has not been given: nothing in them is due yet.</summary>
    public static bool WeeksUndated(RoadmapView view) =>
        view.Roadmap.StartDate is null && view.Items.Any(i => i.DueDate is null && (i.Week is not null || i.Day is not null));

    /// <summary>The plan's first day and shift, or that its weeks have no dates; nothing for a plan dated by its file alone.</summary>
    public static void State(ReplyBuilder reply, RoadmapView view, DateOnly today)
    {
        var (start, shift) = (view.Roadmap.StartDate, view.Roadmap.ShiftDays);
        var moved = shift == 0 ? "" : $"moved {Show.Days(Math.Abs(shift))} {(shift > 0 ? "later" : "earlier")}";
        if (start is { } first)
        {
            var day = first.AddDays(shift);
            reply.Line($"Plan {(day > today ? "starts" : "started")} {Show.Date(day)}" + (shift == 0 ? "." : $" ({Show.Date(first)} {moved})."));
        }
        else if (WeeksUndated(view))
            reply.Line("Weeks have no dates yet: set the first day with ", Span.Code("/plan start YYYY-MM-DD"), ".");
        else if (shift != 0)
            reply.Line($"Dates as written in the roadmap, {moved}.");
    }

    /// <summary>After an import of undated weeks: what that means, and a button to start today and one for next Monday.</summary>
    public static void StartOffer(ReplyBuilder reply, RoadmapView? view, DateOnly today)
    {
        if (view is null || !WeeksUndated(view))
            return;
        reply.Line("Its weeks have no dates yet, so nothing is due and nothing can fall behind. ", Span.Code("/plan start DATE"), " sets week 1's first day.")
            .Button("Start today", $"/plan start {today:yyyy-MM-dd}");
        if (today.DayOfWeek != DayOfWeek.Monday)
        {
            var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7);
            reply.Button($"Start {Show.Short(monday, today)}", $"/plan start {monday:yyyy-MM-dd}");
        }
    }
}
