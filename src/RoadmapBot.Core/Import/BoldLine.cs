using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RoadmapBot.Core.Import;

/// <summary>A paragraph that is only bold words, a heading written in bold ("**1. Programming:**", "**07:00–08:30 | Coding**").</summary>
internal static partial class BoldLine
{
    /// <summary>The bold words without a leading number or a trailing colon; null when the paragraph holds anything else.</summary>
    public static string? Of(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2 } bold) return null;
        // Only a colon or spaces may follow the bold words.
        for (var next = bold.NextSibling; next is not null; next = next.NextSibling)
            if (next is not LiteralInline literal || !literal.Content.AsSpan().Trim().TrimStart(':').IsEmpty) return null;
        var text = LeadingNumber().Replace(InlineText.Of(bold).Trim().TrimEnd(':').Trim(), "");
        return text.Any(char.IsLetter) && !Labels.Contains(text) ? text : null;
    }

    // A label over a list ("**Exercises:**", "**Resources**") says what the entries are, not a topic they belong to.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "exercise", "exercises", "task", "tasks", "practice", "homework", "assignment", "assignments", "project", "projects", "goal", "goals",
        "objective", "objectives", "deliverable", "deliverables", "outcome", "outcomes", "notes", "note", "tips", "focus", "topics", "steps",
        "to do", "todo", "to-do", "resources", "reading", "readings", "links", "materials", "books", "videos", "key points", "summary",
        "content", "contents", "output", "outputs", "overview", "details", "description", "requirements", "examples",
    };

    [GeneratedRegex(@"^\d+[.)]\s+")]
    private static partial Regex LeadingNumber();
}
