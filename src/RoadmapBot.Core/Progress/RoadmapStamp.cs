using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
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

    public static Task<RoadmapStamp?> ReadAsync(RoadmapDbContext db, long spaceId, CancellationToken ct) =>
        Rows(db).Where(r => r.SpaceId == spaceId)
            .Select(r => new RoadmapStamp(r.Id, r.ContentHash, r.StartDate, r.ShiftDays, r.ImportedAt))
            .FirstOrDefaultAsync(ct);
}
