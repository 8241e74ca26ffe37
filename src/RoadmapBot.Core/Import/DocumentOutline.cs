using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>How a document is divided into phases, decided from its headings before any block is read.</summary>
internal sealed record DocumentOutline(string Title, HeadingBlock? TitleHeading, OutlineMode Mode, int PhaseLevel)
{
    public static DocumentOutline Of(MarkdownDocument document, string? frontMatterTitle, IReadOnlyDictionary<HeadingBlock, SectionReading> roles)
    {
        var headings = document.OfType<HeadingBlock>().ToList();
        var titleHeading = TitleHeadingOf(document);
        var title = titleHeading is not null ? InlineText.TitleOf(titleHeading)
            : frontMatterTitle ?? (headings.Count > 0 ? InlineText.TitleOf(headings[0]) : "Roadmap");
        var body = headings.Where(h => h != titleHeading).ToList();

        var phases = body.Where(IsPhaseTitle).ToList();
        if (phases.Count > 0) return Numbered(OutlineMode.Phases, phases);

        HashSet<HeadingBlock>? holdingOnce = null;
        HashSet<HeadingBlock> Holding() => holdingOnce ??= SectionContent.Holding(document);
        var weeks = body.Where(IsWeek).ToList();
        // Weeks that hold a list or table are the plan; weeks of prose beside them ("Week 1 Lessons Learned") are a journal.
        if (weeks.Count > 0 && weeks.Any(Holding().Contains)) weeks.RemoveAll(w => !Holding().Contains(w) && HoldsProse(document, w));
        if (weeks.Count > 0 && !WeeksRestartInEachPart(weeks)) return Numbered(OutlineMode.Weeks, weeks);

        var holding = Holding();
        var days = body.Where(h => TextPatterns.FindDate(InlineText.Of(h)) is not null).GroupBy(h => h.Level).FirstOrDefault(g => g.Count() >= 2);
        // A diary: most dated entries are prose only; its few lists are thoughts, not an agenda.
        if (days is not null && days.Count(holding.Contains) * 2 < days.Count()) return new(title, titleHeading, OutlineMode.Diary, days.Key);
        if (days is not null) return new(title, titleHeading, OutlineMode.Dated, days.Key);

        return new(title, titleHeading, OutlineMode.Headings, PlanLevel(body, roles, holding));

        // Beside the numbered phases, under the same parent, a section at their level whose own list has checkboxes
        // ("## Capstone (Weeks 37-40)") is one more phase, not text between phases.
        DocumentOutline Numbered(OutlineMode mode, List<HeadingBlock> numbered)
        {
            var level = ShallowestLevel(numbered);
            var isNumbered = numbered.ToHashSet(SameObject.Comparer);
            var numberedParents = new HashSet<int>();
            List<(HeadingBlock Block, int Parent)>? marked = null;
            var open = new List<int>();
            for (var i = 0; i < body.Count; i++)
            {
                var heading = body[i];
                // Its parent: the nearest heading above it at a higher level (-1 for none).
                while (open.Count > 0 && body[open[^1]].Level >= heading.Level) open.RemoveAt(open.Count - 1);
                var parent = open.Count > 0 ? open[^1] : -1;
                open.Add(i);
                if (heading.Level != level) continue;
                if (isNumbered.Contains(heading)) numberedParents.Add(parent);
                else if (mode == OutlineMode.Phases && IsWeek(heading)) continue;
                else if (SectionKinds.Of(heading) is null && roles.TryGetValue(heading, out var role) && role == SectionRoles.ListHasPlanMarks) (marked ??= []).Add((heading, parent));
            }
            if (marked is not null) isNumbered.UnionWith(marked.Where(m => numberedParents.Contains(m.Parent)).Select(m => m.Block));
            return new(title, titleHeading, mode, level) { NumberedPhases = isNumbered };
        }
    }

    /// <summary>
    /// The phases of a plan of numbered phases or weeks: the numbered headings, and beside them the sections at their level
    /// whose own lists have checkboxes, numbered days or dates.
    /// </summary>
    private IReadOnlySet<HeadingBlock> NumberedPhases { get; init; } = new HashSet<HeadingBlock>();

    /// <summary>The document's title: its first heading, when that is its only level-1 heading.</summary>
    public static HeadingBlock? TitleHeadingOf(MarkdownDocument document)
    {
        HeadingBlock? title = null;
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is not HeadingBlock heading) continue;
            // The first heading is not level 1, or a second level-1 heading follows it: no title.
            if (title is null ? heading.Level != 1 : heading.Level == 1) return null;
            title ??= heading;
        }
        return title;
    }

    private static bool HoldsProse(MarkdownDocument document, HeadingBlock heading)
    {
        for (var i = document.IndexOf(heading) + 1; i < document.Count && document[i] is not HeadingBlock; i++)
            if (document[i] is ParagraphBlock) return true;
        return false;
    }

    /// <summary>
    /// "Semana 1-2, Semana 3" under each module: the numbering starts again with a bare "Week n", so the weeks are parts of
    /// something larger. A week that starts again with the same words ("Week 1: Basics" twice) is the plan written again.
    /// </summary>
    private static bool WeeksRestartInEachPart(List<HeadingBlock> weeks)
    {
        var level = ShallowestLevel(weeks);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var last = int.MinValue;
        foreach (var heading in weeks.Where(w => w.Level == level))
        {
            var stripped = InlineText.TitleOf(heading);
            var match = TextPatterns.WeekHeading().Match(stripped);
            var number = Digits.Int(match.Groups[1].Value);
            var named = stripped[match.Length..].Any(char.IsLetter);
            if (number <= last && !(named && seen.Contains(stripped))) return true;
            seen.Add(stripped);
            last = number;
        }
        return false;
    }

    /// <summary>
    /// The shallowest level with two or more plan sections holding lists or task tables (an overview and one detailed
    /// section are one part: the plan is divided below it); else with two or more plan sections; else the shallowest level.
    /// </summary>
    private static int PlanLevel(List<HeadingBlock> body, IReadOnlyDictionary<HeadingBlock, SectionReading> roles, HashSet<HeadingBlock> holding)
    {
        if (body.Count == 0) return 7;
        var plan = body.Where(h => !roles.TryGetValue(h, out var r) || r.Role == SectionRole.Plan).GroupBy(h => h.Level).OrderBy(g => g.Key).ToList();
        return plan.FirstOrDefault(g => g.Count(holding.Contains) >= 2)?.Key ?? plan.FirstOrDefault(g => g.Count() >= 2)?.Key ?? ShallowestLevel(body);
    }

    // A loop, not Min over a selector: that generic method is compiled at run time on every one-shot import (issue 20).
    private static int ShallowestLevel(List<HeadingBlock> headings)
    {
        var level = int.MaxValue;
        foreach (var heading in headings) level = Math.Min(level, heading.Level);
        return level;
    }

    /// <summary>"PHASE 6 - LOTTERY: Senior Acceleration" is a phase; "Phase 1 Success Criteria" is a section of one.</summary>
    private static bool IsPhaseTitle(HeadingBlock heading) =>
        TextPatterns.PhaseNumber().Match(InlineText.TitleOf(heading)) is { Success: true, Index: 0 }
        && SectionKinds.Of(heading) is not (SectionKind.Criteria or SectionKind.Template);

    /// <summary>
    /// "### Week 1-2" under "### PHASE 1", at the same level: a part of the open phase written at its level, not the end of it.
    /// </summary>
    public bool IsPartOfPhase(HeadingBlock heading, PhaseDraft? open) =>
        open is not null && Mode == OutlineMode.Phases && heading.Level == PhaseLevel && IsWeek(heading);

    private static bool IsWeek(HeadingBlock heading) => TextPatterns.WeekHeading().IsMatch(InlineText.TitleOf(heading));

    public bool IsPhaseHeading(HeadingBlock heading) => heading.Level == PhaseLevel && heading != TitleHeading && Mode switch
    {
        OutlineMode.Phases or OutlineMode.Weeks => NumberedPhases.Contains(heading),
        OutlineMode.Headings => SectionKinds.Of(heading) is null,
        _ => false,
    };
}

internal enum OutlineMode
{
    /// <summary>"Phase n" headings (seeds 000, 001, 002).</summary>
    Phases,

    /// <summary>"Week n" headings are the phases (seed 003).</summary>
    Weeks,

    /// <summary>Dated day headings; phases are calendar weeks (seed 004).</summary>
    Dated,

    /// <summary>Dated entries of prose: a record of what was done, nothing to do.</summary>
    Diary,

    /// <summary>Any other document: headings at the top level below the title are phases.</summary>
    Headings,
}
