namespace RoadmapBot.Core.Roadmaps;

/// <summary>A reference section of the document (books, links, people, grading): kept beside the plan, never tasks.</summary>
public sealed record RoadmapResource(string Title, int Line, IReadOnlyList<string> Entries, IReadOnlyList<ResourceLink> Links);
