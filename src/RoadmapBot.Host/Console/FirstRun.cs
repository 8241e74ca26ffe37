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
        var space = await db.Spaces.FirstOrDefaultAsync(s => s.Platform == ChatPlatform.Console && s.ExternalId == identity.Space, ct);
        return space is null || !await db.Roadmaps.AnyAsync(r => r.SpaceId == space.Id, ct);
    }

    public async Task ImportSeedAsync(ConsoleChat chat, CancellationToken ct)
    {
        var seed = new ChatAttachment(Path.GetFileName(SeedPath), await File.ReadAllBytesAsync(SeedPath, ct));
        await chat.SendAsync("/import", ct, [seed]);
    }
}
