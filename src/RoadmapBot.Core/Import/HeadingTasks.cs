using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// An outline of headings that say how long each takes ("## Probability (3 days - 5 cumulative)"), most with no list below:
/// each such heading is a task of its own, lasting that long, in the phase it makes.
/// </summary>
internal static class HeadingTasks
{
    public static void Add(List<PhaseDraft> phases)
    {
        var timed = phases.FindAll(p => p.Items.Count == 0 && p.DurationDays is not null);
        // One timed heading without a list is a section with a note of its length; two or more are the outline's way of listing work.
        if (timed.Count < 2) return;
        foreach (var phase in timed)
            phase.Items.Add(new ItemDraft
            {
                Title = phase.Title, Line = phase.Line, DurationDays = phase.DurationDays,
                Status = phase.MarkedDone ? ItemStatus.Done : ItemStatus.Todo,
            });
    }
}
