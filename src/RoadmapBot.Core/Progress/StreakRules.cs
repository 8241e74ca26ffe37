using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>The grace a streak gets: the member's rest days, and how many missed days a month a freeze covers.</summary>
public sealed record StreakRules(IReadOnlySet<DateOnly> RestDays, int FreezesPerMonth)
{
    public static StreakRules For(Member member, int freezesPerMonth) =>
        new(AccountabilitySettings.Parse(member.Settings).RestDays.ToHashSet(), freezesPerMonth);
}
