using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Reminders;

/// <summary>What a member's reminders show of their buddy: the evening line, the nudge prompt, the digest's pair streaks.</summary>
public static class BuddyLines
{
    /// <summary>The check-in's buddy part ("Your buddy Ann met 4 of 5 today"); false when the member has no buddy.</summary>
    public static async Task<bool> AddCheckinAsync(ReminderScene scene, ReplyBuilder reply)
    {
        var (db, ct) = (scene.Db, scene.CancellationToken);
        if (await Buddies.BuddyOfAsync(db, scene.Member.Id, ct) is not ({ } pair, { } buddy))
            return false;
        // The buddy's own day at the moment of this check-in: their zone and day start, not the member's.
        var instant = OccurrenceCalculator.ToInstant(scene.Local, scene.Zone);
        var buddyDay = MemberDay.For(buddy, scene.ZoneOf(buddy));
        var result = await BuddyCheckin.LoadAsync(db, scene.View.GroupPlan, buddy, buddyDay, buddyDay.Of(instant), ct);
        reply.Line(result.Total == 0
            ? $"🤝 Your buddy {buddy.DisplayName} shares no habits with the group."
            : $"🤝 Your buddy {buddy.DisplayName} met {result.Met} of {result.Total} today.");
        if (result.SecondMissInARow)
        {
            reply.Line($"{buddy.DisplayName} missed two check-ins in a row. Send {buddy.DisplayName} a nudge?");
            reply.Button($"Nudge {buddy.DisplayName}", $"/buddy nudge {pair.Id}");
        }
        return true;
    }

    /// <summary>The digest's line of pair streaks: the days in a row both buddies showed up (the shorter of their streaks).</summary>
    public static async Task AddDigestAsync(ReminderScene scene, ReplyBuilder reply, IReadOnlyList<LeaderboardRow> rows)
    {
        var streaks = rows.ToDictionary(r => r.Member.Id, r => (r.Member.DisplayName, r.Streak));
        var pairs = (await Buddies.InSpaceAsync(scene.Db, scene.Recipient.Space.Id, scene.CancellationToken))
            .Where(p => streaks.ContainsKey(p.AskerId) && streaks.ContainsKey(p.BuddyId))
            .Select(p => (A: streaks[p.AskerId], B: streaks[p.BuddyId]))
            .Select(p => $"{p.A.DisplayName} & {p.B.DisplayName} 🔥 {Show.Days(Math.Min(p.A.Streak, p.B.Streak))} in a row together")
            .ToList();
        if (pairs.Count > 0)
            reply.Line($"🤝 Buddies: {string.Join(" · ", pairs)}");
    }
}
