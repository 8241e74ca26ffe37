using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/progress [@member]: done out of total, per phase, hours, this week against targets, streak, schedule.</summary>
public sealed class ProgressCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var member = context.Member;
        if (context.Arguments.Length > 0)
        {
            var name = context.Arguments.TrimStart('@').Trim();
            var members = await context.Db.Members.AsNoTracking().Where(m => m.SpaceId == context.Space.Id).ToListAsync(context.CancellationToken);
            var found = MemberDirectory.Find(members, name);
            if (found is null)
                return NoMember(name, members);
            member = found;
            view = await context.PlanOf(view, member);
        }
        view = context.ShownHere(view, member);
        var today = context.Today;
        var progress = await context.LoadProgressAsync(member);
        var report = ProgressReport.Compute(view, progress, today);
        var totals = await DailyTotals.LoadSinceAsync(context.Db, member.Id, context.WeekStart, context.CancellationToken);
        var reply = new ReplyBuilder()
            .Line(Span.Bold(member == context.Member ? "Your progress" : $"Progress of {member.DisplayName}"))
            .Line(StatusLines.Summary(report));
        if (report.HoursPlanned > 0)
            reply.Line($"Hours: {Show.Number(report.HoursDone)} of {Show.Number(report.HoursPlanned)} planned hours done");
        foreach (var phase in report.Phases)
            reply.Bullet(Span.Code(phase.Key), $" {phase.Title}: {phase.Done}/{phase.Total} ({Show.Percent(phase.Done, phase.Total)}%)");
        var memberDay = MemberDay.For(member, context.ZoneOf(member));
        WeekLines.Add(reply, view, totals, HabitDays.For(member, memberDay), context.WeekStart, today);
        reply.Line($"Streak: {Show.Days(totals.Streaks(today, context.StreakRules(member)).Current)}");
        var burnUp = BurnUp.Compute(view, progress, memberDay, today);
        // Only the member's own progress offers them a re-plan; someone else's is just shown.
        var offer = member == context.Member ? ReplanOffer.For(view, progress, context.Day, today) : null;
        reply.Line(Schedule(report, burnUp, offer is not null && !progress.Any));
        ReplanLines.Offer(reply, offer);
        return reply.Build() with { File = new ChatFile("progress.png", ProgressChart.Render(report, burnUp)) };
    }

    // The few closest names, not a roll call of the whole group.
    private static ChatReply NoMember(string name, IReadOnlyList<Member> members)
    {
        var close = Fuzzy.Closest(name, members.Select(m => m.DisplayName));
        var hint = close.Count > 0 ? $" Did you mean {string.Join(", ", close)}?" : " Send /board to see who is here.";
        return ChatReply.Refusal($"No member called {Echo.Quote(name)} here.{hint}");
    }

    private static string Schedule(ProgressReport report, BurnUp burnUp, bool plannedBeforeStart)
    {
        var pace = burnUp.ProjectedFinish is { } p ? $" At this pace you finish on {Show.Date(p)}." : " Not enough data yet to project a finish date.";
        var plan = report.PlannedFinish is { } end ? $" The plan ends {Show.Date(end)}." : "";
        if (report.Done >= report.Total && report.Total > 0)
            return "Everything is done. 🎉";
        // A member who has done nothing yet is not behind: the plan's dates began before they did.
        if (plannedBeforeStart)
            return $"The plan's dates began before you did: {Quantity.Of(report.ExpectedByToday, "item")} {(report.ExpectedByToday == 1 ? "was" : "were")} due by today.{plan}";
        // Due today is not late: a member whose first open item is due today (e.g. right after /replan shift) is on track.
        if (report.Behind > 0 && report.BehindSince is null)
            return $"On track: {Quantity.Of(report.Behind, "item")} due today.{pace}{plan}";
        return report.Behind > 0
            ? $"Behind schedule by {Quantity.Of(report.Behind, "item")} ({report.ExpectedByToday} {(report.ExpectedByToday == 1 ? "was" : "were")} due by today).{pace}{plan}"
            : $"On track ({Quantity.Of(report.ExpectedByToday, "item")} due by today).{pace}{plan}";
    }
}
