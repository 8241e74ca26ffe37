using System.Text.RegularExpressions;
using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>Notion's property lines: "Status: Done" on its own line under an item, or as its only sub-bullet; "Status:" alone is todo.</summary>
internal static partial class NotionStatusLines
{
    /// <summary>The status a "Status: …" line names; null when the text is not such a line.</summary>
    public static ItemStatus? Of(string text) =>
        Line().Match(text.Trim()) is { Success: true } m ? ItemFields.ParseStatus(m.Groups[1].Value) ?? ItemStatus.Todo : null;

    /// <summary>The title without a "Status: …" line that the paragraph (<paramref name="raw"/>, as written) ends with, and that line's status.</summary>
    public static (string Title, ItemStatus? Status) Split(ReadOnlySpan<char> raw, string title)
    {
        raw = raw.TrimEnd();
        var lastLine = raw.LastIndexOf('\n');
        if (lastLine < 0 || !Line().IsMatch(raw[(lastLine + 1)..].Trim()) || Of(raw[(lastLine + 1)..].ToString()) is not { } status) return (title, null);
        var tail = Trailing().Match(title);
        return tail.Success ? (title[..tail.Index].TrimEnd(), status) : (title, null);
    }

    [GeneratedRegex(@"^(?:\*\*)?(?:status|estado|situação|statut|статус|状态)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Line();

    [GeneratedRegex(@"\s*(?:status|estado|situação|statut|статус|状态)\s*:[^:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();
}
