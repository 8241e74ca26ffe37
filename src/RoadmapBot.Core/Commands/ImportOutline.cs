using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Import;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>The numbered outline of what an import read: plan sections with their item counts, reference sections skipped.</summary>
public static class ImportOutline
{
    /// <summary>
    /// Adds the outline from section <paramref name="from"/> (numbered from 1, as <see cref="ImportResult.Sections"/> are), at most
    /// <paramref name="shown"/> lines; a longer one ends with the command that shows the rest.
    /// </summary>
    public static void Add(ReplyBuilder reply, ImportResult result, int shown = 15, int from = 1)
    {
        var sections = result.Sections;
        if (sections.Count == 0)
            return;
        reply.Line("What I read (", Span.Code("/import include N"), " or ", Span.Code("/import exclude N"), " changes it):");
        var lines = Enumerable.Range(0, sections.Count).Where(i => i + 1 >= from && !InsideReference(sections, i)).ToList();
        foreach (var i in lines.Take(shown))
            reply.Bullet($"{i + 1}. {Show.Label(sections[i].Title)} {Reading(sections[i])}");
        if (lines.Count > shown)
            reply.Bullet("… and ", Span.Code($"/import outline {lines[shown] + 1}"), $" lists the other {lines.Count - shown}");
    }

    private static string Reading(ImportSection section) => section.Role switch
    {
        SectionRole.Reference => $"reference, skipped (line {section.Line})",
        SectionRole.Ignored => $"ignored (line {section.Line})",
        _ => section.ItemCount == 0 ? "no items" : Quantity.Of(section.ItemCount, "item"),
    };

    // A reference section inside another is summed up by its parent's line.
    private static bool InsideReference(IReadOnlyList<ImportSection> sections, int i)
    {
        for (var p = i - 1; p >= 0; p--)
        {
            if (sections[p].Level >= sections[i].Level)
                continue;
            return sections[p].Role == SectionRole.Reference && sections[i].Role == SectionRole.Reference;
        }
        return false;
    }
}
