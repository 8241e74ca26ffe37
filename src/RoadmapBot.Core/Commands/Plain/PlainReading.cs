namespace RoadmapBot.Core.Commands.Plain;

/// <summary>One action read from a plain message, as the slash command that does it ("/log sql 4", "/done t5").</summary>
public sealed record PlainAction(string Command);

/// <summary>
/// What a plain message said: the actions, whether every part was read for certain (then they apply at once), and whether it
/// looked like a log at all ("thanks!" does not; "4 blah" does, but was not understood).
/// </summary>
public sealed record PlainReading(IReadOnlyList<PlainAction> Actions, bool Certain, bool LooksLikeLog)
{
    /// <summary>The log covered several days ("last week"), which no one day's log can hold.</summary>
    public bool SpansDays { get; private init; }

    public static PlainReading NotALog { get; } = new([], false, false);

    public static PlainReading Unclear { get; } = new([], false, true);

    /// <summary>A log over a span of days ("did 20 sql problems last week"): logs are kept per day, so the member is asked for one.</summary>
    public static PlainReading OverAPeriod { get; } = new([], false, true) { SpansDays = true };
}
