using Markdig.Syntax;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>The numbered outline shown to the member: every heading but the title, its role and how many items came from it.</summary>
internal static class ImportSections
{
    public static IReadOnlyList<ImportSection> Of(MarkdownDocument document, HeadingBlock? title,
        IReadOnlyDictionary<HeadingBlock, SectionReading> roles, SourceText source, Roadmap roadmap)
    {
        var headings = document.OfType<HeadingBlock>().Where(h => h != title).ToList();
        if (headings.Count == 0) return [];
        // A sorted List<int> and loops: LINQ's Order() and Stack<int> over int are compiled at run time, on an import's first call (issue 20).
        var lines = new List<int>();
        foreach (var item in roadmap.AllItems()) lines.Add(item.Line);
        lines.Sort();
        var ends = SectionEnds(headings, source);
        var sections = new List<ImportSection>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var first = source.OriginalLine(heading.Line);
            var count = FirstAbove(lines, ends[i]) - FirstAbove(lines, first - 1);
            var reading = roles.TryGetValue(heading, out var r) ? r : SectionRoles.PlanByDefault;
            sections.Add(new ImportSection(InlineText.TitleOf(heading), first, heading.Level, reading.Role, reading.Reason, count));
        }
        return sections;
    }

    /// <summary>The last line of each heading's section: the line before the next heading of the same or a higher level.</summary>
    private static int[] SectionEnds(List<HeadingBlock> headings, SourceText source)
    {
        var ends = new int[headings.Count];
        var open = new List<int>();
        for (var i = 0; i < headings.Count; i++)
        {
            while (open.Count > 0 && headings[open[^1]].Level >= headings[i].Level)
            {
                ends[open[^1]] = source.OriginalLine(headings[i].Line) - 1;
                open.RemoveAt(open.Count - 1);
            }
            open.Add(i);
        }
        foreach (var unclosed in open) ends[unclosed] = int.MaxValue;
        return ends;
    }

    /// <summary>How many sorted lines are at or below <paramref name="line"/>.</summary>
    private static int FirstAbove(List<int> sorted, int line)
    {
        var (low, high) = (0, sorted.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] <= line) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
