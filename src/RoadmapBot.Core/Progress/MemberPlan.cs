using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>A member's own plan: the group's roadmap with the due dates their re-plan moved (see <see cref="PlanShift"/>).</summary>
public static class MemberPlan
{
    /// <summary><paramref name="view"/>'s group plan as <paramref name="memberId"/> follows it.</summary>
    public static async Task<RoadmapView> ForAsync(RoadmapDbContext db, RoadmapView view, long memberId, CancellationToken ct)
    {
        var shifts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await foreach (var shift in ShiftsOf.For(db)(db, memberId).WithCancellation(ct))
            shifts.Add(shift.ItemKey, shift.Days);
        return view.ShiftedBy(shifts);
    }

    // Compiled once: every dashboard page and every command of a member with a re-plan reads it, and most find nothing,
    // so EF's per-call work on the query (building, extracting, cache lookup) was most of its cost.
    private static readonly CompiledPerModel<Func<RoadmapDbContext, long, IAsyncEnumerable<PlanShift>>> ShiftsOf = new(_ =>
        EF.CompileAsyncQuery((RoadmapDbContext db, long memberId) => db.PlanShifts.AsNoTracking().Where(s => s.MemberId == memberId)));
}
