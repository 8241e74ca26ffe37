namespace RoadmapBot.Core.Import;

/// <summary>The text handed to Markdig after the narrow raw-text repairs, with a map back to the user's line numbers.</summary>
internal sealed class SourceText(string text, int[]? originalLines = null)
{
    public string Text { get; } = text;

    /// <summary>One-based line in the user's document for a zero-based line of <see cref="Text"/>.</summary>
    public int OriginalLine(int zeroBasedLine) =>
        originalLines is not null && zeroBasedLine >= 0 && zeroBasedLine < originalLines.Length
            ? originalLines[zeroBasedLine]
            : zeroBasedLine + 1;
}
