using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Storing;
using RoadmapBot.Core.Views;

namespace RoadmapBot.Core.Commands;

/// <summary>/plan start DATE anchors weeks and days to the calendar; /plan shift N days moves every due date.</summary>
public sealed class PlanCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words.Select(w => w.ToLowerInvariant()).ToArray();
        if (words.Length == 0)
            return await StateAsync(context);
        if (words is not (["start", _] or ["shift", _] or ["shift", _, "day" or "days" or "week" or "weeks"]))
            return Replies.Usage("plan");
        if (!context.IsAdmin)
            return Replies.AdminsOnly(context, "change the plan");
        var roadmap = await context.Db.Roadmaps.FirstOrDefaultAsync(r => r.SpaceId == context.Space.Id, context.CancellationToken);
        if (roadmap is null)
            return Replies.NoRoadmap;
        var phases = await context.Db.Phases.Where(p => p.RoadmapId == roadmap.Id).ToListAsync(context.CancellationToken);
        var items = await context.Db.Items.Where(i => i.RoadmapId == roadmap.Id).ToListAsync(context.CancellationToken);
        string done;
        if (words[0] == "start")
        {
            if (DayArgument.Parse(words[1], context.Today) is not { } start)
                return ChatReply.Refusal($"{Echo.Quote(words[1])} is not a date; use YYYY-MM-DD, e.g. /plan start {context.Today:yyyy-MM-dd}.");
            done = Start(roadmap, phases, items, start);
        }
        else
        {
            var perUnit = words is [.., "week" or "weeks"] ? 7 : 1;
            if (!int.TryParse(words[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) || Math.Abs(count * perUnit) > 3650)
                return ChatReply.Refusal($"{Echo.Quote(words[1])} is not a number of days; e.g. /plan shift 7 days (or -3 to pull it in).");
            if (count == 0)
                return ChatReply.Refusal("A shift of 0 days changes nothing; e.g. /plan shift 7 days (or -3 to pull it in).");
            var days = count * perUnit;
            roadmap.ShiftDays += days;
            done = $"Plan shifted by {Show.Days(days)}.";
        }
        RoadmapFlattener.AssignDueDates(roadmap, phases, items);
        context.Audit(AuditKind.Plan, null);
        await context.SaveAsync();
        var last = items.Where(i => i.DueDate is not null).Select(i => i.DueDate!.Value).DefaultIfEmpty().Max();
        return ChatReply.Text(done + (last == default ? "" : $" The last item is now due {Show.Date(last)}."));
    }

    /// <summary>/plan alone, for anyone: where the dates come from, the last due date, and how an admin changes them.</summary>
    private static async Task<ChatReply> StateAsync(CommandContext context)
    {
        if (await context.LoadRoadmapAsync() is not { } view)
            return Replies.NoRoadmap;
        var reply = new ReplyBuilder();
        PlanLines.State(reply, view.GroupPlan, context.Today);
        var last = view.GroupPlan.Items.Where(i => i.DueDate is not null).Select(i => i.DueDate!.Value).DefaultIfEmpty().Max();
        if (last != default)
            reply.Line($"The last item is due {Show.Date(last)}.");
        else if (!PlanLines.WeeksUndated(view.GroupPlan))
            reply.Line("No item has a date.");
        reply.Line(context.IsAdmin ? "Change it with " : "An admin changes it with ", Span.Code("/plan start DATE"), " or ", Span.Code("/plan shift N days|weeks"), ".");
        return reply.Build();
    }

    /// <summary>
    /// The plan's first day becomes <paramref name="start"/>: weeks and days count from it, and dates written in the file move
    /// with it (the shift is the distance from the first written date), so a dated plan starts there too. It replaces any shift.
    /// </summary>
    private static string Start(SpaceRoadmap roadmap, IReadOnlyList<StoredPhase> phases, IReadOnlyList<StoredItem> items, DateOnly start)
    {
        var written = phases.Select(p => p.Start)
            .Concat(items.Select(i => i.Slot is { } slot ? DateOnly.FromDateTime(slot) : (DateOnly?)null))
            .Min();
        var replaced = roadmap.ShiftDays;
        (roadmap.StartDate, roadmap.ShiftDays) = written is { } first ? (first, start.DayNumber - first.DayNumber) : (start, 0);
        var done = $"Plan starts {Show.Date(start)}";
        if (written is not { } from)
            return done + (replaced != 0 ? $", in place of the shift by {Show.Days(replaced)}." : ".");
        if (from == start)
            return done + (replaced != 0 ? ": the dates written in the roadmap are back where the file puts them." : ".");
        return done + $": the dates written in the roadmap move {Show.Days(Math.Abs(start.DayNumber - from.DayNumber))} {(start > from ? "later" : "earlier")} ({Show.Date(from)} becomes {Show.Date(start)}).";
    }
}
