using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Storing;

namespace RoadmapBot.Core.Commands;

/// <summary>/plan start DATE anchors weeks and days to the calendar; /plan shift N days moves every due date.</summary>
public sealed class PlanCommand : IChatCommand
{
    public async Task<ChatReply> ExecuteAsync(CommandContext context)
    {
        var words = context.Words.Select(w => w.ToLowerInvariant()).ToArray();
        if (words is not (["start", _] or ["shift", _] or ["shift", _, "day" or "days"]))
            return Replies.Usage("plan");
        if (!context.IsAdmin)
            return Replies.AdminsOnly("change the plan");
        var roadmap = await context.Db.Roadmaps.FirstOrDefaultAsync(r => r.SpaceId == context.Space.Id, context.CancellationToken);
        if (roadmap is null)
            return Replies.NoRoadmap;
        string done;
        if (words[0] == "start")
        {
            if (DayArgument.Parse(words[1], context.Today) is not { } start)
                return ChatReply.Text($"“{words[1]}” is not a date; use YYYY-MM-DD, e.g. /plan start {context.Today:yyyy-MM-dd}.");
            (roadmap.StartDate, roadmap.ShiftDays) = (start, 0);
            done = $"Plan starts {Show.Date(start)}.";
        }
        else
        {
            if (!int.TryParse(words[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days) || days == 0 || Math.Abs(days) > 3650)
                return ChatReply.Text($"“{words[1]}” is not a number of days; e.g. /plan shift 7 days (or -3 to pull it in).");
            roadmap.ShiftDays += days;
            done = $"Plan shifted by {Show.Days(days)}.";
        }
        var phases = await context.Db.Phases.Where(p => p.RoadmapId == roadmap.Id).ToListAsync(context.CancellationToken);
        var items = await context.Db.Items.Where(i => i.RoadmapId == roadmap.Id).ToListAsync(context.CancellationToken);
        RoadmapFlattener.AssignDueDates(roadmap, phases, items);
        context.Audit(AuditKind.Plan, null);
        await context.SaveAsync();
        var last = items.Where(i => i.DueDate is not null).Select(i => i.DueDate!.Value).DefaultIfEmpty().Max();
        return ChatReply.Text(done + (last == default ? "" : $" The last item is now due {Show.Date(last)}."));
    }
}
