using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Verification;

/// <summary>
/// Somewhere a habit can prove itself: GitHub pushes now; a LeetCode-style profile or a WakaTime-style tracker
/// would be another source behind the same call.
/// </summary>
public interface IActivitySource
{
    /// <summary>The word members type: /verify commits github NAME.</summary>
    string Name { get; }

    /// <summary>How the member's check-in says the habit proved itself, e.g. "pushed to GitHub today".</summary>
    string Proof { get; }

    /// <summary>The account's activity on the member's local <paramref name="day"/>; <paramref name="sharers"/> share the request budget.</summary>
    Task<ActivityCheck> CountAsync(string account, MemberDay memberDay, DateOnly day, long memberId, int sharers, CancellationToken ct);
}
