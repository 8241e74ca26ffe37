using RoadmapBot.Core.Charts;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Reminders;

/// <summary>
/// The group digest: per member items done in the week, habit days met, streak and phase progress, then who is
/// behind. Names are plain text, never mentions. The week is the one the day before belongs to, so Monday's
/// digest looks back at the whole of last week.
/// </summary>
public static class DigestMessage
{
    public static async Task<ChatReply?> BuildAsync(ReminderScene scene)
    {
        var (view, day) = (scene.View, scene.Day);
        var start = Weeks.Start(day.AddDays(-1));
        var end = start.AddDays(6) < day ? start.AddDays(6) : day;
        // A member who joined after the week was no part of it: not ranked for it, not called out for missing it.
        var rows = (await Leaderboard.LoadAsync(scene.Db, view, scene.Recipient.Space.Id, day, start, scene.FreezesPerMonth, scene.CancellationToken))
            .Where(r => MemberDay.For(r.Member, scene.ZoneOf(r.Member)).Of(r.Member.JoinedAt) <= end).ToList();
        if (rows.Count == 0)
            return null;
        var phase = Phases.Current(view, day);
        var reply = scene.Start(Span.Bold($"📊 Group digest — {Show.Short(start)} – {Show.Short(end)}"));
        if (phase is not null)
            reply.Line("Phase: ", Span.Code(phase.Key), $" {phase.Title}");
        var rank = 0;
        var lines = new List<BoardLine>();
        foreach (var row in rows)
        {
            var (member, report, totals, streak) = row;
            var memberDay = MemberDay.For(member, scene.ZoneOf(member));
            var counting = HabitDays.For(member, memberDay);
            var days = row.Shared.Habits.Select(h => counting.Of(h, totals, start, end)).ToList();
            var (met, habitDays) = (days.Sum(d => d.Met), days.Sum(d => d.Counted));
            var done = Weeks.ItemsDone(view, await scene.ProgressAsync(member), memberDay, start, end);
            var habits = habitDays == 0 ? "" : $" · habits {met}/{habitDays}";
            var inPhase = report.Phases.FirstOrDefault(p => p.Key == phase?.Key) is { } p ? $" · {p.Key} {p.Done}/{p.Total}" : "";
            reply.Bullet($"{++rank}. ", Span.Bold(member.DisplayName),
                $" — {done} done this week{habits} · 🔥 {streak}{inPhase} · {report.Done}/{report.Total} overall ({report.Percent}%)");
            var part = report.Phases.FirstOrDefault(p => p.Key == phase?.Key) is { } q ? (q.Done, q.Total) : (report.Done, report.Total);
            lines.Add(new BoardLine(member.DisplayName,
                [new($"{done} done", done), new(habitDays == 0 ? "–" : $"{met}/{habitDays}", met, habitDays), new(Show.Days(streak), streak), new($"{part.Done}/{part.Total}", part.Done, part.Total)]));
        }
        await BuddyLines.AddDigestAsync(scene, reply, rows);
        var quiet = rows.Where(r => r.Totals.DaysActive(start, end) == 0).Select(r => r.Member.DisplayName).ToList();
        if (quiet.Count > 0)
            reply.Line($"No check-ins this week: {string.Join(", ", quiet)}");
        var behind = rows.Where(r => r.Report.Behind > 0).OrderByDescending(r => r.Report.Behind).ToList();
        reply.Line(behind.Count == 0
            ? "Everyone is on track. 🎯"
            : $"Behind plan: {string.Join(", ", behind.Select(r => $"{r.Member.DisplayName} ({Quantity.Of(r.Report.Behind, "item")})"))}");
        var chart = BoardChart.Render($"Group digest · week of {Show.Short(start)}", ["This week", "Habit days", "Streak", phase is null ? "Overall" : $"Phase {phase.Key}"], lines);
        return reply.Button("Leaderboard", "/board").Build() with { File = new ChatFile("digest.png", chart) };
    }
}
