using RoadmapBot.Core.Roadmaps;

namespace RoadmapBot.Core.Import;

/// <summary>A run of a joined line copied from the user's document: where it starts in the joined line and in the original.</summary>
internal readonly record struct JoinedPiece(int Column, SourcePosition Original);

/// <summary>The text handed to Markdig after the narrow raw-text repairs, with a map back to the user's lines and columns.</summary>
internal sealed class SourceText(string text, int[]? originalLines = null, IReadOnlyDictionary<int, JoinedPiece[]>? joinedLines = null)
{
    private int[]? _lineStarts;

    public string Text { get; } = text;

    /// <summary>One-based line in the user's document for a zero-based line of <see cref="Text"/>.</summary>
    public int OriginalLine(int zeroBasedLine) =>
        originalLines is not null && zeroBasedLine >= 0 && zeroBasedLine < originalLines.Length
            ? originalLines[zeroBasedLine]
            : zeroBasedLine + 1;

    /// <summary>Where an offset of <see cref="Text"/> is in the user's document, through any table row joined from several lines.</summary>
    public SourcePosition OriginalPosition(int offset)
    {
        _lineStarts ??= [0, .. Text.Index().Where(c => c.Item == '\n').Select(c => c.Index + 1)];
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        var column = offset - _lineStarts[line];
        if (joinedLines?.GetValueOrDefault(line) is not { } pieces)
            return new SourcePosition(OriginalLine(line), column);
        var piece = pieces.Last(p => p.Column <= column);
        return piece.Original with { Column = piece.Original.Column + column - piece.Column };
    }
}
