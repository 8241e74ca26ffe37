using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;
using RoadmapBot.Core.Roadmaps;
using RoadmapBot.Core.Scheduling;

namespace RoadmapBot.Core.Dashboard;

/// <summary>
/// What every view of one member's dashboard reads: the space's roadmap as the member follows it (their re-plan's dates, as
/// /today and /tasks show them), the member's statuses and ticks, their today.
/// </summary>
public sealed record DashboardSnapshot(Member Member, Space Space, RoadmapView? View, MemberProgress Progress, IReadOnlySet<(string Phase, int Number)> Ticks, DateOnly Today, TimeZoneInfo Zone)
{
    public static async Task<DashboardSnapshot> LoadAsync(RoadmapDbContext db, RoadmapCache roadmaps, Member member, Space space, DateTimeOffset now, string defaultZone, CancellationToken ct)
    {
        var stamp = await RoadmapStamp.ReadAsync(db, space.Id, ct);
        var view = await roadmaps.GetAsync(db, space.Id, stamp, ct) is { } plan ? await MemberPlan.ForAsync(db, plan, member.Id, ct) : null;
        var progress = await MemberProgress.LoadAsync(db, member.Id, ct);
        var ticks = new HashSet<(string Phase, int Number)>();
        await foreach (var tick in TicksOf.For(db)(db, member.Id).WithCancellation(ct))
            ticks.Add((tick.PhaseKey, tick.Number));
        var zone = TimeZones.Resolve(member.TimeZone, space.TimeZone, defaultZone);
        return new DashboardSnapshot(member, space, view, progress, ticks, MemberDay.For(member, zone).Of(now), zone);
    }

    // Compiled once per model, as the snapshot's other reads: every page of every dashboard reads it.
    private static readonly CompiledPerModel<Func<RoadmapDbContext, long, IAsyncEnumerable<CriterionTick>>> TicksOf = new(_ =>
        EF.CompileAsyncQuery((RoadmapDbContext db, long memberId) => db.CriterionTicks.AsNoTracking().Where(t => t.MemberId == memberId)));

    /// <summary>Every item as a card, in roadmap order, that <paramref name="filter"/> keeps.</summary>
    public IReadOnlyList<DashboardCard> Cards(DashboardFilter filter) => View is null ? [] :
    [
        .. View.Items
            .Select(i => (Item: i, Status: Progress.StatusOf(i)))
            .Where(x => filter.Keeps(x.Item, x.Status, Today))
            .Select(x => new DashboardCard(x.Item, x.Status, x.Item.DueDate < Today && x.Status is not (ItemStatus.Done or ItemStatus.Skipped), Progress.RowOf(x.Item)?.ProofUrl)),
    ];
}
