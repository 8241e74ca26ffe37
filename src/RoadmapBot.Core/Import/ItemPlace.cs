using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>Where in the plan a block stands as the document is walked: the week and date its headings gave, its phase and section.</summary>
internal sealed record ItemPlace(int? Week, DateOnly? Date, PhaseDraft? Phase, HeadingBlock? Section)
{
    /// <summary>The heading right above the block, which may name the item a "**Task:**" line describes.</summary>
    public HeadingBlock? Heading { get; init; }

    /// <summary>How long the weeks the heading above spans last ("Week 3–6": 28 days): an item's time when it gives none of its own.</summary>
    public int? WeekSpanDays { get; init; }

    /// <summary>The day of the week a heading above names ("### Monday" in "## Week 2"): the day its items are for.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>What a warning calls the section: its heading's words, read only when there is a warning to give.</summary>
    public string SectionName => NameOf(Section);

    public static string NameOf(HeadingBlock? section) => section is null ? "the introduction" : InlineText.TitleOf(section);
}
