using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>A member's own plan: the group's roadmap with the due dates their re-plan moved (see <see cref="PlanShift"/>).</summary>
public static class MemberPlan
{
    /// <summary><paramref name="view"/>'s group plan as <paramref name="memberId"/> follows it.</summary>
    public static async Task<RoadmapView> ForAsync(RoadmapDbContext db, RoadmapView view, long memberId, CancellationToken ct) =>
        view.ShiftedBy(await db.PlanShifts.AsNoTracking().Where(s => s.MemberId == memberId)
            .ToDictionaryAsync(s => s.ItemKey, s => s.Days, StringComparer.OrdinalIgnoreCase, ct));
}
