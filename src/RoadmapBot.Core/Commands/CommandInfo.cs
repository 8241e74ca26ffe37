namespace RoadmapBot.Core.Commands;

/// <summary>One line of /help: how to type the command and what it does, who may run it and who sees its answer.</summary>
public sealed record CommandInfo(string Verb, string Usage, string Summary, string? Example = null)
{
    /// <summary>Only group admins may run it (adapters that can hide commands hide it from the others).</summary>
    public bool AdminOnly { get; init; }

    /// <summary>Some of its forms need group admin rights (the group's /remind kinds), though the command is open to all.</summary>
    public bool AdminForSomeForms { get; init; }

    /// <summary>Why its answer is shown to the whole group; null: it is only for the member, where the platform can answer privately.</summary>
    public string? PublicBecause { get; init; }
}
