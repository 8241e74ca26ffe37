using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>
/// In a plan of checkbox tasks, the numbered phases (or days) whose own lists hold checkboxes, by their heading's words: a
/// numbered phase without any ("Week 1 — day by day") still has its bullets as tasks, unless it is written again with boxes.
/// </summary>
internal static class CheckboxPhases
{
    /// <summary>The words of the numbered phase (or day) headings whose sections hold a list with checkboxes.</summary>
    public static HashSet<string> Of(MarkdownDocument document, DocumentOutline outline, IReadOnlyDictionary<HeadingBlock, SectionReading> roles)
    {
        var phases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? current = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading && PhaseHeadingWords(heading, outline, roles) is { } words) current = words;
            else if (block is ListBlock list && current is not null && !phases.Contains(current) && ListBlocks.HasCheckbox(list)) phases.Add(current);
        }
        return phases;
    }

    private static string? PhaseHeadingWords(HeadingBlock heading, DocumentOutline outline, IReadOnlyDictionary<HeadingBlock, SectionReading> roles) =>
        roles.TryGetValue(heading, out var role) && role.Role == SectionRole.Reference ? null
        : outline.IsPhaseHeading(heading) || outline.Mode == OutlineMode.Dated && heading.Level == outline.PhaseLevel ? InlineText.TitleOf(heading) : null;
}
