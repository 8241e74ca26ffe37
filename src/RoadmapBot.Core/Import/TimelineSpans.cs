namespace RoadmapBot.Core.Import;

/// <summary>
/// "(0-3 Months)", "(3-6 Months)", "(6-12 Months)" on phases one after another: spans of one timeline from its start, not
/// lengths of 3, 6 and 12 months. A run of phases whose ranges start at 0 and each start where the one before ends is read
/// so: each phase lasts its span. Ranges that do not start at 0 ("1-2 weeks", "2-3 weeks") stay estimates of a length.
/// </summary>
internal static class TimelineSpans
{
    public static void Apply(List<PhaseDraft> phases)
    {
        for (var first = 0; first < phases.Count; first++)
        {
            if (phases[first].Range is not { From: 0 }) continue;
            var end = first + 1;
            while (end < phases.Count && phases[end].Range is { } range && phases[end - 1].Range is { } before
                   && range.UnitDays == before.UnitDays && range.From == before.To) end++;
            for (var i = first; i < end; i++)
                if (phases[i].Range is { } span && span.To > span.From) phases[i].DurationDays = (int)Math.Ceiling((span.To - span.From) * span.UnitDays);
            first = end - 1;
        }
    }
}
