namespace RoadmapBot.Core.Verification;

public enum ActivityOutcome { Counted, UnknownAccount, BudgetSpent, Unavailable }

/// <summary>What a source says about one account's day: how much it counted, or why it could not.</summary>
public sealed record ActivityCheck(ActivityOutcome Outcome, int Count = 0, bool HasPublicEvents = true)
{
    public static readonly ActivityCheck Unknown = new(ActivityOutcome.UnknownAccount);
    public static readonly ActivityCheck Spent = new(ActivityOutcome.BudgetSpent);
    public static readonly ActivityCheck Unavailable = new(ActivityOutcome.Unavailable);
}
