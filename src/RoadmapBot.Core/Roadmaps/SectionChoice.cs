namespace RoadmapBot.Core.Roadmaps;

/// <summary>The member's choice for a section, by its heading's text: read it as plan, or as reference.</summary>
public sealed record SectionChoice(string Heading, bool Plan);
