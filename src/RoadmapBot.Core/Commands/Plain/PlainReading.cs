namespace RoadmapBot.Core.Commands.Plain;

/// <summary>One action read from a plain message, as the slash command that does it ("/log sql 4", "/done t5").</summary>
public sealed record PlainAction(string Command);

/// <summary>What a plain message said: the actions, and whether every part was read for certain (then they apply at once).</summary>
public sealed record PlainReading(IReadOnlyList<PlainAction> Actions, bool Certain)
{
    public static PlainReading Nothing { get; } = new([], false);
}
