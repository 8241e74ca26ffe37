using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Progress;

namespace RoadmapBot.Core.Commands;

/// <summary>
/// The one read behind <see cref="MemberDirectory.EnsureAsync"/>, compiled once per EF model: every message makes it, and a
/// compiled query skips what EF does per call otherwise (the expression tree built, its parameters extracted, the cache looked up).
/// </summary>
internal static class SenderQuery
{
    /// <summary>The space; the member and the roadmap's stamp when there are some; their re-plan and the delivery's flags.</summary>
    public sealed class Found
    {
        public required Space Space { get; init; }
        public Member? Member { get; init; }
        public RoadmapStamp? Roadmap { get; init; }
        public bool PlanShifted { get; init; }
        public bool Handled { get; init; }
    }

    private static readonly CompiledPerModel<Func<RoadmapDbContext, ChatPlatform, string, string, string?, CancellationToken, Task<Found?>>> Query =
        new(db => Compile(RoadmapStamp.RowsExpression(db)));

    public static Task<Found?> ReadAsync(RoadmapDbContext db, ChatMessage message, CancellationToken ct) =>
        Query.For(db)(db, message.Platform, message.SpaceId, message.UserId, message.DeliveryKey, ct);

    // Space, member and the roadmap's stamp in one round trip: each is unique per space, so the joins give at most one row.
    // The same read tells whether the member has dates of their own and whether this delivery was handled before.
    private static Func<RoadmapDbContext, ChatPlatform, string, string, string?, CancellationToken, Task<Found?>> Compile(
        Expression<Func<RoadmapDbContext, IQueryable<SpaceRoadmap>>> roadmaps)
    {
        Expression<Func<RoadmapDbContext, ChatPlatform, string, string, string?, CancellationToken, Found?>> query = (db, platform, spaceId, userId, key, ct) => (
            from s in db.Spaces
            where s.Platform == platform && s.ExternalId == spaceId
            join m in db.Members on new { SpaceId = s.Id, UserId = userId } equals new { m.SpaceId, m.UserId } into members
            from m in members.DefaultIfEmpty()
            from r in RoadmapRows(db).Where(r => r.SpaceId == s.Id).DefaultIfEmpty()
            select new Found
            {
                Space = s,
                Member = m,
                Roadmap = r == null ? null : new RoadmapStamp(r.Id, r.ContentHash, r.StartDate, r.ShiftDays, r.ImportedAt),
                PlanShifted = m != null && db.PlanShifts.Any(p => p.MemberId == m.Id),
                Handled = key != null && db.HandledUpdates.Any(h => h.Key == key),
            }).FirstOrDefault();
        var rows = typeof(SenderQuery).GetMethod(nameof(RoadmapRows), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var body = new Inline(rows, roadmaps).Visit(query.Body);
        return EF.CompileAsyncQuery(Expression.Lambda<Func<RoadmapDbContext, ChatPlatform, string, string, string?, CancellationToken, Found?>>(body, query.Parameters));
    }

    /// <summary>Stands for the provider's roadmap rows in the query above; replaced before it is compiled, never called.</summary>
    private static IQueryable<SpaceRoadmap> RoadmapRows(RoadmapDbContext db) => throw new NotSupportedException();

    private sealed class Inline(System.Reflection.MethodInfo stand, Expression<Func<RoadmapDbContext, IQueryable<SpaceRoadmap>>> rows) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) => node.Method == stand
            ? ReplacingExpressionVisitor.Replace(rows.Parameters[0], node.Arguments[0], rows.Body)
            : base.VisitMethodCall(node);
    }
}
