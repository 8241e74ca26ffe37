using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// A member's check-in as their buddy sees it: only the habits the group board would show (their shared metrics, through
/// <see cref="RoadmapView.SharedBy"/>), today's count, and whether today is the second missed check-in in a row.
/// </summary>
public sealed record BuddyCheckin(int Met, int Total, bool SecondMissInARow)
{
    public static async Task<BuddyCheckin> LoadAsync(RoadmapDbContext db, RoadmapView groupPlan, Member member, MemberDay memberDay, DateOnly day, CancellationToken ct)
    {
        var shared = (await MemberPlan.ForAsync(db, groupPlan, member.Id, ct)).SharedBy(member);
        var totals = await DailyTotals.LoadSinceAsync(db, member.Id, day.AddDays(-2), ct);
        var rest = AccountabilitySettings.Parse(member.Settings).RestDays;
        var joined = memberDay.Of(member.JoinedAt);
        int Met(DateOnly d) => shared.Habits.Count(h => totals.IsMet(h, d));
        // A miss: a day of membership, not a planned rest day, with shared habits and none of them met.
        bool Missed(DateOnly d) => d >= joined && !rest.Contains(d) && shared.Habits.Count > 0 && Met(d) == 0;
        return new BuddyCheckin(Met(day), shared.Habits.Count, Missed(day) && Missed(day.AddDays(-1)) && !Missed(day.AddDays(-2)));
    }
}
