using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// What a space's roadmap view is built from: the row, its content and its schedule. A confirmed re-import changes the
/// hash and import time, /plan the start or shift, so an equal stamp means an equal view.
/// </summary>
public sealed record RoadmapStamp(long Id, string ContentHash, DateOnly? StartDate, int ShiftDays, DateTimeOffset ImportedAt)
{
    /// <summary>
    /// The roadmap rows to read stamps from. On SQLite the row's columns after the roadmap's text are reached only through the
    /// text's overflow pages, and its planner prefers the unique index on the space, so the index holding the stamp is named.
    /// </summary>
    public static IQueryable<SpaceRoadmap> Rows(RoadmapDbContext db) => db.Database.IsSqlite() ? db.Roadmaps.FromSqlRaw(SqliteRows) : db.Roadmaps;

    /// <summary>The same rows as <see cref="Rows"/>, as an expression a compiled query can take in (chosen by db's provider).</summary>
    public static Expression<Func<RoadmapDbContext, IQueryable<SpaceRoadmap>>> RowsExpression(RoadmapDbContext db) =>
        db.Database.IsSqlite() ? d => d.Roadmaps.FromSqlRaw(SqliteRows) : d => d.Roadmaps;

    /// <summary>What <see cref="Rows"/> reads on SQLite.</summary>
    private const string SqliteRows = $"""SELECT * FROM "Roadmaps" INDEXED BY "{SpaceRoadmap.StampIndex}" """;

    public static Task<RoadmapStamp?> ReadAsync(RoadmapDbContext db, long spaceId, CancellationToken ct) => Read.For(db)(db, spaceId, ct);

    // Compiled once per model: every dashboard page, reminder and re-import reads a stamp, so EF's per-call work on the
    // query (building it, extracting its parameters, the cache lookup, asking the provider) is done once.
    private static readonly CompiledPerModel<Func<RoadmapDbContext, long, CancellationToken, Task<RoadmapStamp?>>> Read = new(db =>
    {
        Expression<Func<IQueryable<SpaceRoadmap>, long, CancellationToken, RoadmapStamp?>> first = (roadmaps, spaceId, ct) => roadmaps
            .Where(r => r.SpaceId == spaceId)
            .Select(r => new RoadmapStamp(r.Id, r.ContentHash, r.StartDate, r.ShiftDays, r.ImportedAt))
            .FirstOrDefault();
        var rows = RowsExpression(db);
        var body = ReplacingExpressionVisitor.Replace(first.Parameters[0], rows.Body, first.Body);
        return EF.CompileAsyncQuery(Expression.Lambda<Func<RoadmapDbContext, long, CancellationToken, RoadmapStamp?>>(
            body, rows.Parameters[0], first.Parameters[1], first.Parameters[2]));
    });
}
