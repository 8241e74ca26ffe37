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
    private static readonly object[] Boxed = [.. Enum.GetValues(typeof(SectionKind)).Cast<object>()];

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
        if (!KindWords.In(heading)) return null;
        // Lowered (ASCII only) on the stack: asked of every heading of a document, a copy each would be garbage.
        Span<char> h = heading.Length <= 256 ? stackalloc char[heading.Length] : new char[heading.Length];
        TextPatterns.AsciiLower(heading, h);
        if (Has(h, "criteria") || Has(h, "definition of done")) return SectionKind.Criteria;
        if (Has(h, "daily") && (Has(h, "non-negotiable") || Has(h, "habit") || Has(h, "target") || Has(h, "quota")))
            return SectionKind.Habits;
        if (Has(h, "transition") || Has(h, "template") && !Has(h, "review")) return SectionKind.Template;
        if (Has(h, "review") && (Has(h, "week") || Has(h, "template") || Has(h, "question") || Has(h, "retro")))
            return SectionKind.Review;
        // A checklist or loop recurs only when its heading says how often: "Setup checklist", "Week 3 checklist" and
        // "Conditionals and Loops" are tasks.
        var recurring = HasWord(h, "daily") || HasWord(h, "weekly") || HasWord(h, "every");
        if (Has(h, "checklist") && recurring) return SectionKind.Checklist;
        if (Has(h, "kpi") || Has(h, "metric") || Has(h, "job hunt")) return SectionKind.Targets;
        if ((HasWord(h, "loop") || HasWord(h, "routine") || HasWord(h, "rhythm")) && (recurring || HasWord(h, "weekday"))) return SectionKind.WeekdayLoop;
        // Standing rules and tips ("## Rules" after the weeks, even with checkboxes) are advice to keep, not tasks to finish;
        // one named rule ("The 90/10 Rule") is not.
        if (Has(h, "acceleration") || Has(h, "behind schedule") || HasWord(h, "rules") || HasWord(h, "tips") || HasWord(h, "guidelines") || HasWord(h, "principles"))
            return SectionKind.Advice;
        if (Has(h, "pillar")) return SectionKind.Pillars;
        return null;
    }

    // A word each kind below needs (one of its own, or "daily"/"review"/"template" that every pairing includes): most headings
    // hold none, and one search for all of them, in any case, replaces lowering the heading and a search for each.
    private static readonly WordSearch KindWords = new(
    [
        "criteria", "definition of done", "daily", "transition", "template", "review", "checklist", "kpi", "metric", "job hunt",
        "loop", "routine", "rhythm", "acceleration", "behind schedule", "rules", "tips", "guidelines", "principles", "pillar",
    ]);

    private static bool Has(ReadOnlySpan<char> text, string word) => text.IndexOf(word, StringComparison.Ordinal) >= 0;

    /// <summary>The word standing alone, or as a plural: "loops" but not "goroutines".</summary>
    private static bool HasWord(ReadOnlySpan<char> text, string word)
    {
        for (var from = 0; text[from..].IndexOf(word, StringComparison.Ordinal) is var at and >= 0; from += at + 1)
        {
            var start = from + at;
            var end = start + word.Length;
            if (end < text.Length && text[end] == 's') end++;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }
}
