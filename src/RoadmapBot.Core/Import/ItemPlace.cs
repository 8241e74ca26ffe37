namespace RoadmapBot.Core.Import;

/// <summary>Where in the plan a block stands as the document is walked: the week and date its headings gave, its phase and section.</summary>
internal sealed record ItemPlace(int? Week, DateOnly? Date, PhaseDraft? Phase, string SectionName)
{
    /// <summary>The heading right above the block, which may name the item a "**Task:**" line describes.</summary>
    public Markdig.Syntax.HeadingBlock? Heading { get; init; }
}
