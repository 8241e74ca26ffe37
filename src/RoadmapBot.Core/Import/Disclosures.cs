using System.Net;
using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>
/// An HTML disclosure, &lt;details&gt;&lt;summary&gt;✅ Learn Git&lt;/summary&gt;, whose summary starts with a status mark
/// is one item of the plan; one whose summary is numbered like a heading of the plan ("Week 3 Objectives") is a heading
/// over the Markdown below it; any other ("Table of Contents", "Translations:") is neither.
/// </summary>
internal static partial class Disclosures
{
    public static (string Title, ItemStatus Status)? Item(string html)
    {
        if (SummaryText(html) is not { } text || Mark().Match(text) is not { Success: true } mark) return null;
        var title = TextPatterns.StripDecoration(text[mark.Length..]).Trim();
        if (title.Length == 0) return null;
        var status = mark.Groups["done"].Success ? ItemStatus.Done : mark.Groups["doing"].Success ? ItemStatus.Doing : ItemStatus.Todo;
        return (title, status);
    }

    /// <summary>
    /// Turns each disclosure at the top of the document whose summary is numbered like a heading of the plan (a week, a phase
    /// or a date opening it) into a heading below the section it is in, one level deeper for each disclosure it is folded
    /// into ("Phase 1" holding "Week 1"), so its Markdown reads as that section.
    /// </summary>
    public static void PromoteNumberedSummaries(MarkdownDocument document, string markdown)
    {
        if (!markdown.Contains("<summary", StringComparison.OrdinalIgnoreCase)) return;
        var (sectionLevel, open) = (1, 0);
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is HeadingBlock real) (sectionLevel, open) = (real.Level, 0);
            var depth = open;
            // A closing tag may sit inside a list item above it ("  </details>"): counted in any block's text.
            var written = document[i].Span.Length > 0 ? markdown.AsSpan(document[i].Span.Start, document[i].Span.Length) : default;
            if (written.Contains("details", StringComparison.OrdinalIgnoreCase))
                open = Math.Max(0, open + Opening().Count(written) - Closing().Count(written));
            if (document[i] is not HtmlBlock html) continue;
            var source = html.Lines.ToString();
            if (!source.TrimStart().StartsWith("<details", StringComparison.OrdinalIgnoreCase)) continue;
            if (SummaryText(source) is not { } text || Mark().IsMatch(text) || !IsNumberedHeading(text)) continue;
            var heading = new HeadingBlock(HeadingParser) { Level = Math.Min(sectionLevel + 1 + depth, 6), HeaderChar = '#', Line = html.Line, Column = html.Column, Span = html.Span };
            heading.Inline = new ContainerInline().AppendChild(new LiteralInline(text));
            document[i] = heading;
        }
    }

    private static readonly HeadingBlockParser HeadingParser = new();

    private static bool IsNumberedHeading(string text)
    {
        var title = TextPatterns.StripDecoration(text);
        return TextPatterns.WeekHeading().IsMatch(title) || TextPatterns.PhaseNumber().Match(title) is { Success: true, Index: 0 }
            || TextPatterns.FindDateMatch(title) is { Index: 0 };
    }

    private static string? SummaryText(string html) => Summary().Match(html) is { Success: true } summary
        ? WebUtility.HtmlDecode(Tags().Replace(summary.Groups[1].Value, " ")).Trim()
        : null;

    [GeneratedRegex(@"<summary[^>]*>(.*?)</summary>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"<details\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"</details\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?:(?<done>✅|✔|☑|\[[xX]\])|(?<doing>⏳|🚧|🔄|\[/\])|(?<todo>➖|⬜|☐|🔲|\[ \]))\uFE0F?\s*")]
    private static partial Regex Mark();
}
