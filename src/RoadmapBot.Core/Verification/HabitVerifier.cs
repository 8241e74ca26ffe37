using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Verification;

/// <summary>What a verified habit's check found for the day, as the check-in tells it.</summary>
public sealed record VerifiedDay(VerifiedHabit Habit, IActivitySource Source, ActivityCheck Check);

/// <summary>
/// Asks a verified habit's source about the member's day and logs what it counted (one log a day, replaced on each check),
/// so the habit ticks itself; when the source can't tell, nothing is logged and the habit stays manual.
/// </summary>
public sealed class HabitVerifier(IEnumerable<IActivitySource> sources)
{
    /// <summary>What a verified log's note says, so a re-check replaces it and manual logs stay.</summary>
    public const string NotePrefix = "verified by ";

    public IActivitySource? Source(string name) => sources.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public async Task<VerifiedDay?> CheckAsync(RoadmapDbContext db, Member member, MemberDay memberDay, DateOnly day, DateTimeOffset now, CancellationToken ct)
    {
        if (VerificationSettings.Parse(member.Settings).Verified is not { } habit || Source(habit.Source) is not { } source)
            return null;
        var sharers = await db.Members.CountAsync(m => m.Settings.Contains("\"" + VerificationSettings.Key + "\""), ct);
        var check = await source.CountAsync(habit.Account, memberDay, day, member.Id, sharers, ct);
        if (check is { Outcome: ActivityOutcome.Counted, Count: > 0 })
            await LogAsync(db, member.Id, habit, source, day, check.Count, now, ct);
        return new VerifiedDay(habit, source, check);
    }

    private static async Task LogAsync(RoadmapDbContext db, long memberId, VerifiedHabit habit, IActivitySource source, DateOnly day, int count, DateTimeOffset now, CancellationToken ct)
    {
        var note = NotePrefix + source.Name;
        var log = await db.MetricLogs.FirstOrDefaultAsync(l => l.MemberId == memberId && l.Metric == habit.Metric && l.LocalDate == day && l.Note == note, ct);
        if (log is null)
            db.MetricLogs.Add(new MetricLog { MemberId = memberId, Metric = habit.Metric, Amount = count, Note = note, LoggedAt = now, LocalDate = day });
        else
            (log.Amount, log.LoggedAt) = (count, now);
        await db.SaveChangesAsync(ct);
    }
}
