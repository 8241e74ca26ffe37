using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Core.Progress;

/// <summary>
/// What a space's roadmap view is built from: the row, its content and its schedule. A confirmed re-import changes the
/// hash and import time, /plan the start or shift, so an equal stamp means an equal view.
/// </summary>
public sealed record RoadmapStamp(long Id, string ContentHash, DateOnly? StartDate, int ShiftDays, DateTimeOffset ImportedAt)
{
    public static Task<RoadmapStamp?> ReadAsync(RoadmapDbContext db, long spaceId, CancellationToken ct) =>
        db.Roadmaps.Where(r => r.SpaceId == spaceId)
            .Select(r => new RoadmapStamp(r.Id, r.ContentHash, r.StartDate, r.ShiftDays, r.ImportedAt))
            .FirstOrDefaultAsync(ct);
}
