using System.Text.RegularExpressions;

namespace RoadmapBot.Core.Import;

/// <summary>A due date written in words after a task: "(due Fri 2/14)", "— due Oct 3, 2025", "(entrega: 10/03)".</summary>
internal static partial class DueNotes
{
    /// <summary>"Homework 1 (due Fri 2/14)", "Essay — due Oct 3": the words before the due note, and the note's date text; null when there is none.</summary>
    public static (string Title, string When)? Of(string text) =>
        Words.In(text) && Due().Match(text) is { Success: true } m && m.Index > 0 ? (text[..m.Index].TrimEnd(' ', ',', '-', '–', '—', ':'), m.Groups["when"].Value) : null;

    // The note's words, looked for before the pattern is run: most titles have none.
    private static readonly WordSearch Words = new(["due", "deadline", "entrega", "prazo", "fällig", "à rendre", "срок"]);

    [GeneratedRegex(@"[\s,(\[–—-]*\b(?:due|deadline|entrega|prazo|fällig|à rendre|срок)\b\s*(?:on|by|:)?\s*(?<when>[^)\]]*?)\s*[)\]]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Due();
}
