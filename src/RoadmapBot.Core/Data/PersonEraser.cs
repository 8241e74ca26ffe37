using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RoadmapBot.Core.Data;

/// <summary>Deletes by <see cref="DataOwnership"/>: every row of the given members, and the given private spaces with all their rows.</summary>
public static class PersonEraser
{
    public static async Task EraseAsync(RoadmapDbContext db, IReadOnlyCollection<long> memberIds, IReadOnlyCollection<long> spaceIds, CancellationToken ct)
    {
        var (members, spaces) = (List(memberIds), List(spaceIds));
        var roadmaps = db.Model.FindEntityType(typeof(SpaceRoadmap))!;
        var roadmapsOfSpaces = "SELECT \"" + Column(roadmaps, nameof(SpaceRoadmap.Id)) + "\" FROM \"" + roadmaps.GetTableName() + "\" WHERE \""
            + Column(roadmaps, nameof(SpaceRoadmap.SpaceId)) + "\" IN (" + spaces + ")";
        // Children before parents: a roadmap's parts, a member's rows, the members, a space's rows, the spaces.
        foreach (var (entity, owner) in db.Model.GetEntityTypes().Select(e => (e, DataOwnership.Entities[e.ClrType])).OrderBy(Rank))
        {
            var where = owner switch
            {
                { Owner: DataOwner.Roadmap, Key: { } key } => In(entity, key, roadmapsOfSpaces),
                { Owner: DataOwner.Member, Key: { } key, SpaceKey: { } spaceKey } => In(entity, key, members) + " OR " + In(entity, spaceKey, spaces),
                { Owner: DataOwner.Member, Key: { } key } => In(entity, key, members),
                { Owner: DataOwner.Space, Key: { } key } => In(entity, key, spaces),
                _ => null,
            };
            if (where is null)
                continue;
            // EF1003: table and column names come from the model and the ids are numbers; there is no user text to inject.
#pragma warning disable EF1003
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"" + entity.GetTableName() + "\" WHERE " + where, ct);
#pragma warning restore EF1003
        }
    }

    private static int Rank((IEntityType Entity, EntityOwnership Ownership) e) => e.Ownership.Owner switch
    {
        DataOwner.Roadmap => 0,
        DataOwner.Member => e.Entity.ClrType == typeof(Member) ? 2 : 1,
        DataOwner.Space => e.Entity.ClrType == typeof(Space) ? 4 : 3,
        _ => 5,
    };

    private static string In(IEntityType entity, string property, string values) => "\"" + Column(entity, property) + "\" IN (" + values + ")";

    private static string Column(IEntityType entity, string property) => entity.FindProperty(property)!.GetColumnName();

    // Ids are numbers written here, not user text: nothing to escape. An empty list still reads as valid SQL.
    private static string List(IReadOnlyCollection<long> ids) =>
        ids.Count == 0 ? "NULL" : string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
