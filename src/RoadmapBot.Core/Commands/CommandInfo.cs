namespace RoadmapBot.Core.Commands;

/// <summary>One line of /help: how to type the command and what it does.</summary>
public sealed record CommandInfo(string Verb, string Usage, string Summary, string? Example = null);
