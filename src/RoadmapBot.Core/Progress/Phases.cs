using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>Phase windows in dates, and which phase is current.</summary>
public static class Phases
{
    public static (DateOnly? Start, DateOnly? End) Window(RoadmapView view, StoredPhase phase)
    {
        var due = view.Items.Where(i => i.PhaseKey == phase.Key && i.DueDate is not null).Select(i => i.DueDate!.Value).ToList();
        var start = DueDates.PhaseStart(phase, view.Roadmap.StartDate, view.Roadmap.ShiftDays) ?? (due.Count > 0 ? due.Min() : (DateOnly?)null);
        DateOnly? end = due.Count > 0 ? due.Max() : null;
        return (start, end);
    }

    /// <summary>The phase whose dates include today, else the first phase not yet over, else the last.</summary>
    public static StoredPhase? Current(RoadmapView view, DateOnly today)
    {
        foreach (var phase in view.Phases)
        {
            var (start, end) = Window(view, phase);
            if ((start is null || start <= today) && (end is null || today <= end))
                return phase;
            if (start > today)
                return phase;
        }
        return view.Phases.LastOrDefault();
    }
}
