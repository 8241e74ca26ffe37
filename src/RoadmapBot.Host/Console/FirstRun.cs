using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Data;

namespace RoadmapBot.Host.Console;

/// <summary>On the very first local run, the console space gets seed 000 so there is something to try at once.</summary>
public sealed class FirstRun(IDbContextFactory<RoadmapDbContext> contexts)
{
    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "seeds", "000_526196d5967d100e.txt");

    public async Task<bool> NeedsSeedAsync(ConsoleIdentity identity, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One plain statement, not a LINQ query: the prompt waits for this answer, and EF's first query compilation took
        // longer than the rest of the start after the migrations check (docs/benchmarks.md, issue 20).
        var roadmaps = db.Model.FindEntityType(typeof(SpaceRoadmap))!.GetTableName();
        var spaces = db.Model.FindEntityType(typeof(Space))!.GetTableName();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""
            SELECT 1 FROM "{roadmaps}" AS r INNER JOIN "{spaces}" AS s ON s."{nameof(Space.Id)}" = r."{nameof(SpaceRoadmap.SpaceId)}"
            WHERE s."{nameof(Space.Platform)}" = @platform AND s."{nameof(Space.ExternalId)}" = @space LIMIT 1
            """;
        Add(command, "platform", nameof(ChatPlatform.Console));  // enums are stored as their names
        Add(command, "space", identity.Space);
        return await command.ExecuteScalarAsync(ct) is null;
    }

    public async Task ImportSeedAsync(ConsoleChat chat, CancellationToken ct)
    {
        var seed = new ChatAttachment(Path.GetFileName(SeedPath), await File.ReadAllBytesAsync(SeedPath, ct));
        await chat.SendAsync("/import", ct, [seed]);
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
