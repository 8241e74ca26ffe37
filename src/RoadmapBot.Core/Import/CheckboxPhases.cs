using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>
/// In a plan of checkbox tasks, the numbered phases (or days), and the numbered weeks inside them, whose own lists hold
/// checkboxes, by their heading's words: one without any ("Week 1 — day by day", a week not ticked yet under a phase whose first
/// week is) still has its bullets as tasks, unless it is written again with boxes.
/// </summary>
internal static class CheckboxPhases
{
    /// <summary>The <see cref="DocumentPosition.CheckboxUnit"/>s whose sections hold a list with checkboxes.</summary>
    public static HashSet<string> Of(MarkdownDocument document, DocumentPosition at)
    {
        var units = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in document)
        {
            if (block is HeadingBlock heading) at.Enter(heading);
            else if (block is ListBlock list && at.CheckboxUnit is { } unit && !units.Contains(unit) && ListBlocks.HasCheckbox(list)) units.Add(unit);
        }
        return units;
    }
}
