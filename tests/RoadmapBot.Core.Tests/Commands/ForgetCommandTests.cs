using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Commands;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Tests.Import;
using RoadmapBot.Core.Tests.Reminders;

namespace RoadmapBot.Core.Tests.Commands;

/// <summary>/forget me deletes every row that is the member's, and their private space with all of its rows, by the one ownership table.</summary>
public sealed class ForgetCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryEntityOfTheModel_DeclaresWhoseItIs()
    {
        using var db = new RoadmapDbContextDesignFactory().CreateDbContext([]);

        var undeclared = db.Model.GetEntityTypes().Select(e => e.ClrType).Where(t => !DataOwnership.Entities.ContainsKey(t)).Select(t => t.Name);

        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task ForgetMe_AfterUsingEveryCommand_LeavesNoRowOfTheMemberOrTheirPrivateSpace_AndOthersKeepTheirs()
    {
        await using var rig = await ReminderRig.StartAsync();
        foreach (var user in new[] { "ann", "bob" })
        {
            await UseEveryCommandAsync(rig, user, user, group: false);
            await UseEveryCommandAsync(rig, user, "club", group: true);
        }
        // Bob's example "/buddy Ann" asked ann; she declines and asks him instead, so a pair is hers to forget.
        await rig.SendAsync("/buddy no bob", "ann", "club", group: true);
        await rig.SendAsync("/buddy bob", "ann", "club", group: true);
        await rig.TickAtAsync(ReminderRig.MondayMorning.AddDays(1));
        var (ann, bob) = (await IdsAsync(rig, "ann"), await IdsAsync(rig, "bob"));
        var annBefore = await OwnedRowsAsync(rig, ann);
        var bobBefore = await OwnedRowsAsync(rig, bob);
        Assert.Empty(annBefore.Where(t => t.Value == 0).Select(t => t.Key.ToString())); // the commands filled every table

        Assert.StartsWith("Done: everything I stored about you", await rig.SendAsync("/forget me confirm", "ann", "ann"));

        Assert.All(await OwnedRowsAsync(rig, ann), t => Assert.True(t.Value == 0, $"{t.Value} rows of ann left in {t.Key}"));
        Assert.Equal(bobBefore, await OwnedRowsAsync(rig, bob));
    }

    // Each command of /help as its example (or bare), plus what only some words reach: a link code, a wrong one, an item done.
    private static async Task UseEveryCommandAsync(ReminderRig rig, string user, string space, bool group)
    {
        if (!group || user == "ann")
            await rig.ImportAsync(File.ReadAllText(Seeds.Path("000")), user, space, group);
        var commands = CommandCatalog.All.Where(c => c.Verb != "forget").Select(c => c.Example ?? "/" + c.Verb)
            .Concat(["/link", "/link AAAA-BBBB", "/done t1", "/check sql", "/log sql 2", "/remind to here", "/remind kickoff 07:00"])
            // A plan that began long ago leaves them behind by weeks of work, which /replan shift moves (its rows are theirs).
            .Concat(["/plan start 2025-06-01", "/replan shift"]);
        foreach (var command in commands)
        {
            rig.Time.Advance(TimeSpan.FromSeconds(5)); // under the rate limit
            await rig.SendAsync(command, user, space, group);
        }
        // A re-import without task 1 keeps their progress on it aside.
        if (!group || user == "ann")
        {
            var seed = File.ReadAllText(Seeds.Path("000"));
            var (from, to) = (seed.IndexOf("#### Task 1:", StringComparison.Ordinal), seed.IndexOf("#### Task 2:", StringComparison.Ordinal));
            await rig.SendAsync("/import\n" + seed.Remove(from, to - from), user, space, group);
            await rig.SendAsync("/import confirm", user, space, group);
        }
    }

    /// <summary>The user's member ids (private chat and group) and private space id, taken before the forget so leftovers are found after.</summary>
    private static async Task<(List<long> Members, List<long> Spaces)> IdsAsync(ReminderRig rig, string user)
    {
        await using var db = rig.Db();
        return (await db.Members.Where(m => m.UserId == user).Select(m => m.Id).ToListAsync(Ct),
            await db.Spaces.Where(s => s.ExternalId == user && !s.IsGroup).Select(s => s.Id).ToListAsync(Ct));
    }

    /// <summary>Rows per table that are the user's: by their members' ids, or their private space's (or its roadmap's) id.</summary>
    private static async Task<Dictionary<string, long>> OwnedRowsAsync(ReminderRig rig, (List<long> Members, List<long> Spaces) ids)
    {
        await using var db = rig.Db();
        var (members, spaces) = ids;
        var counts = new Dictionary<string, long>();
        await db.Database.OpenConnectionAsync(Ct);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var owner = DataOwnership.Entities[entity.ClrType];
            string Column(string property) => entity.FindProperty(property)!.GetColumnName();
            var where = owner.Owner switch
            {
                DataOwner.Member => $"\"{Column(owner.Key!)}\" IN ({List(members)})" + (owner.SpaceKey is { } sk ? $" OR \"{Column(sk)}\" IN ({List(spaces)})" : ""),
                DataOwner.Space => $"\"{Column(owner.Key!)}\" IN ({List(spaces)})",
                DataOwner.Roadmap => $"\"{Column(owner.Key!)}\" IN (SELECT \"Id\" FROM \"Roadmaps\" WHERE \"SpaceId\" IN ({List(spaces)}))",
                _ => null,
            };
            if (where is not null)
                counts[entity.ClrType.Name] = await CountAsync(db.Database.GetDbConnection(), $"SELECT COUNT(*) FROM \"{entity.GetTableName()}\" WHERE {where}");
        }
        return counts;
    }

    private static string List(IEnumerable<long> ids) => string.Join(',', ids.DefaultIfEmpty(-1).Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static async Task<long> CountAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
