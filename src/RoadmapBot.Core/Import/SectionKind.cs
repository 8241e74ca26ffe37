using Markdig.Syntax;

namespace RoadmapBot.Core.Import;

/// <summary>What a heading says its section holds, when it is not plain tasks.</summary>
internal enum SectionKind
{
    Tasks,
    Criteria,
    Habits,
    Review,
    Checklist,
    Targets,
    WeekdayLoop,
    Advice,
    Pillars,
    Template,

    /// <summary>Resources, people, grading, policies: kept as reference, never tasks.</summary>
    Reference,
}

internal static class SectionKinds
{
    // Asked of each heading by the roles, the outline and the builder: read once, kept on the block (boxed once per kind).
    private static readonly object KindKey = new(), NoKind = new();
    private static readonly object[] Boxed = [.. Enum.GetValues<SectionKind>().Select(k => (object)k)];

    /// <summary>What the heading's text says its section holds; null for plain tasks.</summary>
    public static SectionKind? Of(HeadingBlock heading)
    {
        if (heading.GetData(KindKey) is { } known) return known as SectionKind?;
        var kind = FromHeading(InlineText.Of(heading));
        heading.SetData(KindKey, kind is { } k ? Boxed[(int)k] : NoKind);
        return kind;
    }

    private static SectionKind? FromHeading(string heading)
    {
        var h = TextPatterns.AsciiLower(heading);
        if (h.Contains("criteria") || h.Contains("definition of done")) return SectionKind.Criteria;
        if (h.Contains("daily") && (h.Contains("non-negotiable") || h.Contains("habit") || h.Contains("target") || h.Contains("quota")))
            return SectionKind.Habits;
        if (h.Contains("transition") || h.Contains("template") && !h.Contains("review")) return SectionKind.Template;
        if (h.Contains("review") && (h.Contains("week") || h.Contains("template") || h.Contains("question") || h.Contains("retro")))
            return SectionKind.Review;
        if (h.Contains("checklist")) return SectionKind.Checklist;
        if (h.Contains("kpi") || h.Contains("metric") || h.Contains("job hunt")) return SectionKind.Targets;
        if (h.Contains("loop") || h.Contains("routine") || h.Contains("weekly rhythm")) return SectionKind.WeekdayLoop;
        if (h.Contains("acceleration") || h.Contains("behind schedule")) return SectionKind.Advice;
        if (h.Contains("pillar")) return SectionKind.Pillars;
        return null;
    }
}
