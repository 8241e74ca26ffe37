namespace RoadmapBot.Core.Roadmaps;

/// <summary>A place in the source document: one-based line, zero-based character column.</summary>
public readonly record struct SourcePosition(int Line, int Column);
