using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>
/// Whether a plan's phases hold checkbox tasks (then only checkboxes are tasks, other bullets details), and which numbered
/// phases (or days), and numbered weeks inside them, have lists with checkboxes of their own, by their heading's words: one
/// without any ("Week 1 — day by day", a week not ticked yet under a phase whose first week is) still has its bullets as
/// tasks, unless it is written again with boxes.
/// </summary>
internal static class CheckboxPhases
{
    /// <summary>One walk over the document: any checkbox task at all, and the <see cref="DocumentPosition.CheckboxUnit"/>s with boxes.</summary>
    public static (bool AnyBoxedTask, HashSet<string> BoxedUnits) Of(MarkdownDocument document, DocumentOutline outline, DocumentPosition at)
    {
        var any = false;
        var units = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                at.Enter(heading);
                continue;
            }
            if (block is not ListBlock list || !ListBlocks.HasCheckbox(list))
                continue;
            // A document of lists under no heading at all is one phase, made when its first list is read.
            any |= (at.InPhase || outline.Mode == OutlineMode.Headings && at.UnderNoHeading) && at.Kind == SectionKind.Tasks;
            if (at.CheckboxUnit is { } unit)
                units.Add(unit);
        }
        return (any, units);
    }
}
